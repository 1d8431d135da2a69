import { errorMessage } from '../domain/errors.js';
import type { CanonicalEvent } from '../domain/event.js';
import { isTransientStoreError } from '../store/is-transient-store-error.js';
import type { DeadLetterInput, EventSink, IngestOutcome } from './event-sink.js';
import { cloudEventBatch } from './normalisers/cloudevent-batch.js';
import { normaliseWebhook, type NormaliseOptions } from './normalisers/normalise-webhook.js';
import type { Normalised, WebhookInput } from './normalisers/normalised.js';
import { replayHeaders } from './normalisers/replay-headers.js';
import { wireEventId } from './normalisers/wire-event-id.js';
import type { WebhookSource } from './webhook-source.js';

/** What one verified webhook (or one event of a CloudEvents batch) becomes. */
export type Interpreted =
  /** `letter` is what to keep should ingesting it fail for good (with the reason added then). */
  | { kind: 'event'; event: CanonicalEvent; letter: Omit<DeadLetterInput, 'source' | 'tenant' | 'reason'> }
  /** Understood, and needs nothing of us (e.g. a Zendesk ticket event we do not follow). */
  | { kind: 'ignored'; reason: string; eventId: string | null }
  /** Cannot become an event (yet): kept in the dead-letter list with its reason. */
  | { kind: 'dead'; letter: Omit<DeadLetterInput, 'source' | 'tenant'> };

export interface VerifiedWebhook {
  tenant: string;
  headers: Headers;
  /** The exact bytes whose signature was verified (or, on replay, that were stored). */
  raw: Uint8Array;
  /** ISO 8601 arrival time, for formats whose event time is optional. */
  receivedAt: string;
}

/**
 * Turns a verified webhook into events and dead letters: UTF-8 → JSON → (a CloudEvents batch is
 * split into its events) → the source's normaliser. Nothing that was signed is dropped: a body
 * that is not UTF-8 or not JSON, breaks the wire contract, cannot be mapped, or makes a normaliser
 * throw comes back as a dead letter with its reason, the bytes to replay and the headers the
 * normaliser reads (never a signature). Intake and dead-letter replay share it, so a replay reads
 * a body exactly as intake would now. `body` is the parsed JSON, for checks on the whole body
 * (whose account it names) before anything is kept.
 *
 * @example const { batch, items } = interpretWebhook('aftership', { tenant, headers, raw, receivedAt }, options);
 */
export function interpretWebhook(
  source: WebhookSource,
  webhook: VerifiedWebhook,
  options: NormaliseOptions,
): { batch: boolean; items: Interpreted[]; body?: unknown } {
  const headers = replayHeaders(webhook.headers);
  const text = decodeUtf8(webhook.raw);
  if (text === null) {
    const body = Buffer.from(webhook.raw).toString('base64');
    return single(dead('body: not UTF-8 text', headers, body, null, 'base64'));
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return single(dead('body: not valid JSON', headers, text, null));
  }

  const input: WebhookInput = {
    tenant: webhook.tenant,
    headers: webhook.headers,
    body,
    receivedAt: webhook.receivedAt,
  };
  const members = source === 'cloudevents' ? cloudEventBatch(input) : null;
  if (members === null) return { ...single(interpret(source, input, text, headers, options)), body };
  if (!Array.isArray(members)) return { ...single(dead(members.reason, headers, text, null)), body };
  return {
    batch: true,
    // Each event is kept as a structured event of its own, with the headers that say so.
    items: members.map((member) =>
      interpret(source, member, JSON.stringify(member.body), replayHeaders(member.headers), options),
    ),
    body,
  };
}

function interpret(
  source: WebhookSource,
  input: WebhookInput,
  text: string,
  /** The request's headers a normaliser reads (`replayHeaders`), kept with a dead letter. */
  headers: Record<string, string>,
  options: NormaliseOptions,
): Interpreted {
  const result = safeNormalise(source, input, options);
  const eventId = wireEventId(source, input.headers, input.body);
  if (result.kind === 'ignored') return { kind: 'ignored', reason: result.reason, eventId };
  if (result.kind === 'event')
    return {
      kind: 'event',
      event: result.event,
      letter: { headers, body: text, bodyEncoding: 'utf8', eventId },
    };
  return dead(result.reason, headers, text, eventId);
}

/** What became of one item, as intake answers it. */
export type ItemOutcome = { status: IngestOutcome } | { status: 'ignored' | 'dead_lettered'; reason: string };

/**
 * Hands interpreted items to the sink, in parallel, one outcome per item in order: an event is
 * ingested; one whose ingest fails for good (an engine bug, an event the rules cannot take) is
 * kept through `keep` with reason `ingest failed: <message>` rather than refused on every retry;
 * a dead item is kept through `keep`; an ignored one needs nothing. A transient store failure (see
 * `isTransientStoreError`) or a failing `keep` rejects, so nothing is acknowledged and the caller
 * can ask for a retry. Intake keeps in the dead-letter list; a replay, whose entry is already
 * there, refuses instead.
 * @example const outcomes = await ingestItems(sink, items, (letter) => sink.deadLetter({ source, tenant, ...letter }));
 */
export function ingestItems(
  sink: Pick<EventSink, 'ingest'>,
  items: readonly Interpreted[],
  keep: (letter: Omit<DeadLetterInput, 'source' | 'tenant'>) => Promise<unknown>,
): Promise<ItemOutcome[]> {
  return Promise.all(
    items.map(async (item): Promise<ItemOutcome> => {
      if (item.kind === 'ignored') return { status: 'ignored', reason: item.reason };
      if (item.kind === 'dead') {
        await keep(item.letter);
        return { status: 'dead_lettered', reason: item.letter.reason };
      }
      try {
        return { status: await sink.ingest(item.event) };
      } catch (error) {
        if (isTransientStoreError(error)) throw error;
        const reason = `ingest failed: ${errorMessage(error)}`;
        await keep({ ...item.letter, reason });
        return { status: 'dead_lettered', reason };
      }
    }),
  );
}

/** A normaliser bug must not turn a signed event into a 500 or drop it: it is kept for replay. */
function safeNormalise(source: WebhookSource, input: WebhookInput, options: NormaliseOptions): Normalised {
  try {
    return normaliseWebhook(source, input, options);
  } catch (error) {
    return {
      kind: 'unmappable',
      reason: `normaliser failed: ${errorMessage(error)}`,
    };
  }
}

function dead(
  reason: string,
  headers: Record<string, string>,
  body: string,
  eventId: string | null,
  bodyEncoding: 'utf8' | 'base64' = 'utf8',
): Interpreted {
  return { kind: 'dead', letter: { reason, headers, body, bodyEncoding, eventId } };
}

const single = (item: Interpreted) => ({ batch: false, items: [item] });

// Without `stream`, each decode starts afresh, so one decoder serves every request.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}
