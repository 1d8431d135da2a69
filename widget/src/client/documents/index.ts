/**
 * Every GraphQL document the widget sends; the contract test validates each against `schema/`, and
 * codegen generates each one's result and variables types (`../generated/operations.ts`).
 */
export { ORDER_PANEL_QUERY } from './order-panel.query.js';
export { CUSTOMER_ORDERS_QUERY } from './customer-orders.query.js';
export { EXCEPTION_LIST_QUERY } from './exception-list.query.js';
export { EXCEPTION_CHANGES_SUBSCRIPTION } from './exception-changes.subscription.js';
export {
  ACKNOWLEDGE_EXCEPTION_MUTATION,
  ASSIGN_EXCEPTION_MUTATION,
  RESOLVE_EXCEPTION_MUTATION,
  SNOOZE_EXCEPTION_MUTATION,
} from './exception-actions.mutation.js';
