/** Every GraphQL document the widget sends; the contract test validates each against `schema/`. */
export { ORDER_PANEL_QUERY } from './order-panel.query.js';
export { CUSTOMER_ORDERS_QUERY } from './customer-orders.query.js';
