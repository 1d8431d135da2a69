import type { CanonicalEvent } from '../../domain/event.js';
import type { DeadLetterInput, EventSink, IngestOutcome } from '../event-sink.js';

export interface FakeEventSink extends EventSink {
  /** Every `ingest` call, duplicates included. */
  ingested: CanonicalEvent[];
  /** Events that had an effect: the first of each (source, id). */
  applied: CanonicalEvent[];
  deadLetters: DeadLetterInput[];
  /** Makes the next calls throw, as a store that lost its database would (connection refused). */
  failing: boolean;
  /** When set, `ingest` throws it (and records nothing): an engine bug, a lost connection, … */
  ingestError: unknown;
}

/** What a store whose database is unreachable throws. */
export const connectionRefused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

/**
 * An in-memory `EventSink` for tests: records calls and dedupes on (source, id) like the real
 * store, so a test can see that a replay made no second effect.
 *
 * @example const sink = createFakeEventSink(); … expect(sink.applied).toHaveLength(1);
 */
export function createFakeEventSink(): FakeEventSink {
  const seen = new Set<string>();
  const sink: FakeEventSink = {
    ingested: [],
    applied: [],
    deadLetters: [],
    failing: false,
    ingestError: undefined,
    async ingest(event): Promise<IngestOutcome> {
      if (sink.failing) throw connectionRefused();
      if (sink.ingestError !== undefined) throw sink.ingestError;
      sink.ingested.push(event);
      const key = JSON.stringify([event.tenant, event.source, event.id]);
      if (seen.has(key)) return 'duplicate';
      seen.add(key);
      sink.applied.push(event);
      return 'applied';
    },
    async deadLetter(entry) {
      if (sink.failing) throw connectionRefused();
      sink.deadLetters.push(entry);
    },
  };
  return sink;
}
