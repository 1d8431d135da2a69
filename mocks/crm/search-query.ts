import { BadRequest } from '../shared/business-route.js';
import { ORDER_FIELD_ID } from './wire.js';

export interface TicketSearch {
  requester: string | null;
  statuses: string[];
  /** Order field values, ORed. */
  orderValues: string[];
}

const STATUSES = new Set(['new', 'open', 'pending', 'hold', 'solved', 'closed']);
const FIELD = `custom_field_${ORDER_FIELD_ID}`;

/** Parses the supported subset of Zendesk search syntax (see WIRE.md); anything else is a 400. */
export function parseTicketSearch(query: string): TicketSearch {
  const search: TicketSearch = { requester: null, statuses: [], orderValues: [] };
  const terms = query.match(/\S+?:"[^"]*"|\S+/g) ?? [];
  if (terms.length === 0) throw new BadRequest('query is required');
  for (const term of terms) {
    const colon = term.indexOf(':');
    if (colon < 1) throw new BadRequest(`unsupported search term ${term}`);
    const name = term.slice(0, colon).toLowerCase();
    const value = term.slice(colon + 1).replace(/^"(.*)"$/, '$1');
    if (value === '') throw new BadRequest(`empty value for ${name}`);
    if (name === 'type') {
      if (value !== 'ticket') throw new BadRequest('only type:ticket is supported');
    } else if (name === 'requester') {
      search.requester = value;
    } else if (name === 'status') {
      if (!STATUSES.has(value.toLowerCase())) throw new BadRequest(`unknown status ${value}`);
      search.statuses.push(value.toLowerCase());
    } else if (name === FIELD) {
      search.orderValues.push(value);
    } else {
      throw new BadRequest(`unsupported search term ${name}`);
    }
  }
  return search;
}
