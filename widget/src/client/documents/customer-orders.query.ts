/** A customer's most recent orders, for the agent to pick one when the ticket names none. */
export const CUSTOMER_ORDERS_QUERY = /* GraphQL */ `
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
