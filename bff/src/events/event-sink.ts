import type { CanonicalEvent } from '../domain/event.js';
import type { DeadLetterInput } from '../store/dead-letters.js';
import type { IngestOutcome } from '../store/ingest-outcome.js';

export type { DeadLetterInput, IngestOutcome };

/**
 * Where intake hands verified, normalised events. `ingest` resolves only after the event, its
 * projection changes and its exception changes are committed in one transaction.
 */
export interface EventSink {
  ingest(event: CanonicalEvent): Promise<IngestOutcome>;
  deadLetter(entry: DeadLetterInput): Promise<void>;
}
