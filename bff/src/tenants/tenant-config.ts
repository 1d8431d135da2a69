import type { RuleThresholds } from '../domain/exception-engine.js';
import type { WebhookSecrets } from '../events/signatures/verify-webhook.js';

/** One tenant as configured in the tenants file, its `${ENV}` references resolved. */
export interface TenantConfig {
  id: string;
  name: string;
  /** ERP company code, sent as `X-Company`. */
  erp: { company: string };
  /** WMS account id: sent as `X-Wms-Account`, and named in every WMS webhook envelope. */
  wms: { account: string };
  helpdesk: {
    /** Zendesk subdomain, sent as `X-Zendesk-Subdomain` and used in deep links. */
    subdomain: string;
    /** The ticket custom field holding the order number. */
    orderNumberFieldId: number;
    /** The ticket custom field holding the customer number, where the account has one. */
    customerNumberFieldId: number | null;
  };
  /** Signing secret per webhook source: one tenant's EasyPost secret is not another's. */
  webhookSecrets: WebhookSecrets;
  /** ISO 4217 code, e.g. `EUR`. */
  currency: string;
  /** BCP 47 tag, e.g. `de-DE`. */
  locale: string;
  /** The global thresholds (RULE_* variables) with this tenant's overrides applied. */
  rules: RuleThresholds;
  /** Money limits per role (decimal strings in the tenant's currency); validated, not yet enforced. */
  limits: { maxRefund: Readonly<Record<string, string>> };
}

/** The configured tenants by id, in file order (a prototype-free record: no `constructor` tenant). */
export type Tenants = Readonly<Record<string, TenantConfig>>;
