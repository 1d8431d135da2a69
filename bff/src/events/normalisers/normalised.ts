import type { ZodError } from 'zod';
import type { CanonicalEvent } from '../../domain/event.js';

/**
 * What a normaliser makes of a verified webhook:
 * - `event`: a canonical event for the sink;
 * - `invalid`: the body breaks the sender's wire contract;
 * - `unmappable`: well-formed and signed, but nothing we can map yet — an unknown event type or a
 *   code of an unknown family.
 * Intake keeps both in the dead-letter list with their reason (answered 202, replayable later);
 * `ignored` is signed and understood as needing nothing of us (answered 202, kept nowhere).
 */
export type Normalised =
  | { kind: 'event'; event: CanonicalEvent }
  | { kind: 'invalid'; reason: string }
  | { kind: 'unmappable'; reason: string }
  | { kind: 'ignored'; reason: string };

/** What every normaliser gets: the tenant from the path, the parsed JSON body and the headers. */
export interface WebhookInput {
  tenant: string;
  headers: Headers;
  body: unknown;
  /**
   * When the webhook arrived (ISO 8601), for a format whose time is optional (CloudEvents); a
   * replay passes the stored arrival, so replaying gives the same event.
   */
  receivedAt?: string;
}

/** A webhook that yields no event, and why. */
export type Rejected = Exclude<Normalised, { kind: 'event' }>;

export const invalid = (reason: string): Rejected => ({ kind: 'invalid', reason });
export const unmappable = (reason: string): Rejected => ({ kind: 'unmappable', reason });
export const ignored = (reason: string): Rejected => ({ kind: 'ignored', reason });
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
