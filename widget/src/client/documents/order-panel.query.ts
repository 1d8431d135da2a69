import type { OrderPanelQuery, OrderPanelQueryVariables } from '../generated/operations.js';
import type { TypedDocumentString } from '../typed-document.js';
import { EXCEPTION_FIELDS } from './exception-fields.fragment.js';

type OrderPanel = TypedDocumentString<OrderPanelQuery, OrderPanelQueryVariables>;

/**
 * Everything the order panel shows, in one request. Kept as a plain string so the contract test can
 * parse and validate it against `schema/` and the bundle carries no GraphQL parser.
 */
export const ORDER_PANEL_QUERY: OrderPanel = /* GraphQL */ `
  query OrderPanel($ref: String!, $kind: OrderRefKind) {
    order(ref: $ref, kind: $kind) {
      id
      placedAt
      status
      promisedDate
      references {
        erpOrderNumber
        wmsReference
        channelReference
        channel
        customerPo
      }
      customer {
        id
        number
        name
        email
        tier
        creditHold
      }
      systemStatuses {
        system
        nativeStatus
        status
        asOf
      }
      lines {
        id
        lineNumber
        sku
        description
        promisedDate
        quantities {
          ordered
          allocated
          picked
          shipped
          backordered
          cancelled
          returned
          refunded
        }
        total {
          amount
          currency
        }
      }
      totals {
        total {
          amount
          currency
        }
        refunded {
          amount
          currency
        }
      }
      shipments {
        id
        warehouse
        carrier
        service
        trackingNumber
        trackingUrl
        status
        shippedAt
        eta
        deliveredAt
        milestones {
          at
          status
          description
          location
        }
      }
      returns {
        id
        rmaNumber
        status
        requestedAt
        creditMemoNumber
        lines {
          lineNumber
          sku
          quantity
          receivedQuantity
          reason
          disposition
        }
      }
      refunds {
        id
        kind
        status
        amount {
          amount
          currency
        }
        reason
        createdAt
        rmaNumber
      }
      cases {
        id
        subject
        status
        priority
        updatedAt
        url
        requester {
          name
        }
      }
      timeline {
        at
        system
        kind
        summary
      }
      exceptions {
        ...ExceptionFields
      }
    }
  }
  ${EXCEPTION_FIELDS}
`;
