import type { CanonicalEvent } from '../domain/event.js';

export type IngestOutcome = 'applied' | 'duplicate' | 'unmatched';

/**
 * A signed webhook that could not become an event (invalid or unmappable), kept for an admin to
 * inspect and replay. `headers` are only those a normaliser reads (never a signature).
 */
export interface DeadLetterInput {
  source: string;
  tenant: string;
  reason: string;
  headers: Record<string, string>;
  body: string;
  /** 'base64' when the body was not UTF-8 text; 'utf8' by default. */
  bodyEncoding?: 'utf8' | 'base64';
  /**
   * The sender's event id when the body names one: a redelivery with the same source and id is
   * the same entry. Without it, the body's bytes identify the delivery.
   */
  eventId?: string | null;
}

/**
 * Where intake hands verified, normalised events. `ingest` resolves only after the event, its
 * projection changes and its exception changes are committed in one transaction.
 */
export interface EventSink {
  ingest(event: CanonicalEvent): Promise<IngestOutcome>;
  deadLetter(entry: DeadLetterInput): Promise<void>;
}
