import type { ZodError } from 'zod';
import type { CanonicalEvent } from '../../domain/event.js';

/**
 * What a normaliser makes of a verified webhook:
 * - `event`: a canonical event for the sink;
 * - `invalid`: the body breaks the sender's wire contract (answered 400 with `reason`);
 * - `unmappable`: well-formed and signed, but nothing we can map yet — an unknown event type or a
 *   code of an unknown family (kept in the dead-letter list, answered 202, replayable later).
 */
export type Normalised =
  | { kind: 'event'; event: CanonicalEvent }
  | { kind: 'invalid'; reason: string }
  | { kind: 'unmappable'; reason: string };

/** What every normaliser gets: the tenant from the path, the parsed JSON body and the headers. */
export interface WebhookInput {
  tenant: string;
  headers: Headers;
  body: unknown;
}

/** A webhook that yields no event, and why. */
export type Rejected = Exclude<Normalised, { kind: 'event' }>;

export const invalid = (reason: string): Rejected => ({ kind: 'invalid', reason });
export const unmappable = (reason: string): Rejected => ({ kind: 'unmappable', reason });
export const normalisedEvent = (event: CanonicalEvent): Normalised => ({ kind: 'event', event });

/**
 * A sender's value inside a reason, quoted and cut short: reasons go back in the response and into
 * the dead-letter list, and must not echo a whole body.
 */
export function quoted(value: unknown): string {
  const text = String(value);
  return `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;
}

/** The first few zod issues as one sentence with paths, e.g. `msg.tag: Required`. */
export function zodReason(error: ZodError, prefix: readonly (string | number)[] = []): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const path = [...prefix, ...issue.path];
      return `${path.length > 0 ? path.join('.') : 'body'}: ${issue.message}`;
    })
    .join('; ');
}
