import type { CanonicalEvent } from '../domain/event.js';

export type IngestOutcome = 'applied' | 'duplicate' | 'unmatched';

/** A signed webhook that could not be mapped, kept for an admin to inspect and replay. */
export interface DeadLetterInput {
  source: string;
  tenant: string;
  reason: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Where intake hands verified, normalised events. `ingest` resolves only after the event, its
 * projection changes and its exception changes are committed in one transaction.
 */
export interface EventSink {
  ingest(event: CanonicalEvent): Promise<IngestOutcome>;
  deadLetter(entry: DeadLetterInput): Promise<void>;
}
