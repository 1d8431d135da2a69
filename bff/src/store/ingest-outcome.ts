/** What storing one event did: applied to its subject, seen before, or kept until its subject is known. */
export type IngestOutcome = 'applied' | 'duplicate' | 'unmatched';
