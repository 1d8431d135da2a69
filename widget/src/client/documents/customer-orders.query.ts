import type { CustomerOrdersQuery, CustomerOrdersQueryVariables } from '../generated/operations.js';
import type { TypedDocumentString } from '../typed-document.js';
type CustomerOrders = TypedDocumentString<CustomerOrdersQuery, CustomerOrdersQueryVariables>;

/** A customer's most recent orders, for the agent to pick one when the ticket names none. */
export const CUSTOMER_ORDERS_QUERY: CustomerOrders = /* GraphQL */ `
  query CustomerOrders($email: String!, $first: Int!) {
    searchOrders(filter: { email: $email }, first: $first) {
      edges {
        node {
          id
          placedAt
          status
          references {
            customerPo
            channelReference
          }
          customer {
            name
          }
          totals {
            total {
              amount
              currency
            }
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`;
