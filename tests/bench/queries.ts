import { DEMO_QUERY } from '../../bff/src/demo/demo-query.js';

/** The order 360 query (B1, B4): GraphiQL's starting query in the embedded default. */
export const ORDER_360 = DEMO_QUERY;

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
