import type { CanonicalEvent } from '../domain/event.js';
import type { DeadLetterInput } from './event-sink.js';
import { cloudEventBatch } from './normalisers/cloudevent-batch.js';
import { normaliseWebhook, type NormaliseOptions } from './normalisers/normalise-webhook.js';
import type { Normalised, WebhookInput } from './normalisers/normalised.js';
import { replayHeaders } from './normalisers/replay-headers.js';
import { wireEventId } from './normalisers/wire-event-id.js';
import type { WebhookSource } from './webhook-source.js';

/** What one verified webhook (or one event of a CloudEvents batch) becomes. */
export type Interpreted =
  | { kind: 'event'; event: CanonicalEvent }
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
 * a body exactly as intake would now.
 *
 * @example const { batch, items } = interpretWebhook('aftership', { tenant, headers, raw, receivedAt }, options);
 */
export function interpretWebhook(
  source: WebhookSource,
  webhook: VerifiedWebhook,
  options: NormaliseOptions,
): { batch: boolean; items: Interpreted[] } {
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
  if (members === null) return single(interpret(source, input, text, options));
  if (!Array.isArray(members)) return single(dead(members.reason, headers, text, null));
  return {
    batch: true,
    items: members.map((member) => interpret(source, member, JSON.stringify(member.body), options)),
  };
}

function interpret(
  source: WebhookSource,
  input: WebhookInput,
  text: string,
  options: NormaliseOptions,
): Interpreted {
  const result = safeNormalise(source, input, options);
  if (result.kind === 'event') return result;
  const eventId = wireEventId(source, input.headers, input.body);
  if (result.kind === 'ignored') return { kind: 'ignored', reason: result.reason, eventId };
  return dead(result.reason, replayHeaders(input.headers), text, eventId);
}

/** A normaliser bug must not turn a signed event into a 500 or drop it: it is kept for replay. */
function safeNormalise(source: WebhookSource, input: WebhookInput, options: NormaliseOptions): Normalised {
  try {
    return normaliseWebhook(source, input, options);
  } catch (error) {
    return {
      kind: 'unmappable',
      reason: `normaliser failed: ${error instanceof Error ? error.message : String(error)}`,
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
