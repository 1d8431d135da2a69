export type TenantId = 'acme' | 'globex';

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
  /** Share of all orders placed with this tenant. */
  orderShare: number;
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
];
