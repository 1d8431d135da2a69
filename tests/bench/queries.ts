/** The order 360 query (B1, B4): the same text as GraphiQL's DEMO_QUERY in `create-orderlens.ts`. */
export const ORDER_360 = `query Order360($ref: String!) {
  order(ref: $ref) {
    id status
    systemStatuses { system nativeStatus status asOf }
    customer { name tier }
    lines { lineNumber sku description quantities { ordered allocated picked shipped backordered returned refunded } }
    totals { total { amount currency } refunded { amount currency } }
    shipments { carrier trackingNumber status eta milestones { at status description location } }
    returns { rmaNumber status lines { sku quantity reason } }
    refunds { kind status amount { amount currency } }
    cases { id subject status url }
  }
}`;

/** B2's 50-item search page with nested status, WMS quantities, shipments and cases. */
export const SEARCH_PAGE = `query SearchPage($name: String!) {
  searchOrders(filter: { name: $name }, first: 50) {
    edges {
      node {
        id status
        lines { quantities { allocated shipped } }
        shipments { trackingNumber milestones { status } }
        cases { id status }
      }
    }
  }
}`;

/** B5, B7: what an inbox subscribes to, as in the brief (graphql-sse, distinct connections mode). */
export const EXCEPTION_CHANGES = `subscription ($after: String) {
  exceptionChanges(after: $after) { cursor kind exception { id orderNumber } }
}`;

/** Where a tenant's change feed stands now: subscribing after it gives live changes only. */
export const FEED_CURSOR = `{ exceptions(first: 1) { feedCursor } }`;
