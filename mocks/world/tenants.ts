export type TenantId = 'acme' | 'globex' | 'initech';

export interface Tenant {
  id: TenantId;
  name: string;
  /** ERP company code, sent as `X-Company`. */
  companyCode: string;
  /** WMS account id, sent as `X-Wms-Account`. */
  wmsAccount: string;
  /** Zendesk subdomain, sent as `X-Zendesk-Subdomain`. */
  zendeskSubdomain: string;
  currency: 'EUR' | 'USD';
  country: 'DE' | 'US';
  warehouses: readonly [string, string];
  carriers: readonly ('DHL' | 'UPS' | 'FEDEX' | 'DPD' | 'USPS')[];
  /**
   * Share of the world's main order stream (acme and globex split it); a tenant without one has its
   * own stream of `ownOrders`, generated after the main one from its own seed.
   */
  orderShare?: number;
  /** Orders in the tenant's own stream. */
  ownOrders?: number;
}

export const TENANTS: readonly Tenant[] = [
  {
    id: 'acme',
    name: 'Acme Industrial Supply',
    companyCode: 'ACME',
    wmsAccount: 'acme-eu',
    zendeskSubdomain: 'acme',
    currency: 'EUR',
    country: 'DE',
    warehouses: ['DE1', 'DE2'],
    carriers: ['DHL', 'DHL', 'DPD', 'UPS', 'FEDEX'],
    orderShare: 0.6,
  },
  {
    id: 'globex',
    name: 'Globex Distribution',
    companyCode: 'GLOBEX',
    wmsAccount: 'globex-us',
    zendeskSubdomain: 'globex',
    currency: 'USD',
    country: 'US',
    warehouses: ['US1', 'US2'],
    carriers: ['UPS', 'UPS', 'FEDEX', 'USPS', 'USPS'],
    orderShare: 0.4,
  },
  // Added after the first two: its orders, customers and documents come after theirs and from its
  // own seed, so acme's and globex's seeded data is the same with or without it. The BFF's default
  // tenants file does not list it: serving it is a matter of configuration alone.
  {
    id: 'initech',
    name: 'Initech Components',
    companyCode: 'INITECH',
    wmsAccount: 'initech-us',
    zendeskSubdomain: 'initech',
    currency: 'USD',
    country: 'US',
    warehouses: ['US3', 'US4'],
    carriers: ['UPS', 'FEDEX', 'USPS'],
    ownOrders: 600,
  },
];

/** The tenants that split the world's main order stream, in order. */
export const MAIN_TENANTS = TENANTS.filter((t) => t.orderShare !== undefined);
