/** The actions an exception can offer the agent; the Act flow implements each one. */
export const SUGGESTED_ACTIONS = [
  'contact-carrier',
  'reship',
  'refund',
  'cancel-line',
  'contact-customer',
  'release-order',
  'credit-return',
  'check-erp',
] as const;

export type SuggestedAction = (typeof SUGGESTED_ACTIONS)[number];
