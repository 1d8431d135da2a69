import { BadRequest } from '../shared/business-route.js';
import type { ErpExpand, ErpSalesOrder } from './wire.js';

const EXPANDS: readonly ErpExpand[] = ['customer', 'returns', 'credit_memos'];

/** The `expand` parameter as a set; 400 for a value the ERP does not know. */
export function expandsOf(url: URL): Set<ErpExpand> {
  const raw = url.searchParams.get('expand');
  const values = (raw ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  for (const v of values)
    if (!EXPANDS.includes(v as ErpExpand)) throw new BadRequest(`unknown expand ${v}`, 'expand');
  return new Set(values as ErpExpand[]);
}

/** The order with only the expansions asked for. */
export function withExpands(order: Required<ErpSalesOrder>, expand: Set<ErpExpand>): ErpSalesOrder {
  const { customer, returns, credit_memos, ...base } = order;
  return {
    ...base,
    ...(expand.has('customer') ? { customer } : {}),
    ...(expand.has('returns') ? { returns } : {}),
    ...(expand.has('credit_memos') ? { credit_memos } : {}),
  };
}
