import type { ErpOrder, OrderStatus } from '../model.js';
import type { OrderState } from './order-state.js';
import { openIssues } from './order-state.js';

const OPEN: ReadonlySet<OrderStatus> = new Set(['PENDING', 'CONFIRMED', 'ON_HOLD', 'IN_FULFILMENT']);
const SHIPPED: ReadonlySet<OrderStatus> = new Set(['SHIPPED', 'DELIVERED', 'COMPLETED']);

/**
 * Why ERP and WMS statuses contradict each other, or null. Ordinary lag in the expected direction
 * (ERP confirmed, WMS picking) is no contradiction; the drift threshold absorbs the rest.
 */
export function statusDisagreement(erp: OrderStatus, wms: OrderStatus): string | null {
  if (erp === wms) return null;
  if (erp === 'CANCELLED') return `the ERP cancelled it but the warehouse has it ${wms}`;
  if (wms === 'CANCELLED') return `the warehouse cancelled it but the ERP has it ${erp}`;
  if (SHIPPED.has(wms) && (OPEN.has(erp) || erp === 'PARTIALLY_SHIPPED'))
    return `the warehouse shipped it but the ERP still has it ${erp}`;
  if (wms === 'PARTIALLY_SHIPPED' && OPEN.has(erp))
    return `the warehouse shipped part of it but the ERP still has it ${erp}`;
  if (SHIPPED.has(erp) && (OPEN.has(wms) || wms === 'PARTIALLY_SHIPPED'))
    return `the ERP shows it shipped but the warehouse has it ${wms}`;
  if (erp === 'PARTIALLY_SHIPPED' && OPEN.has(wms))
    return `the ERP shows it partly shipped but the warehouse has it ${wms}`;
  if (erp === 'ON_HOLD' && wms === 'IN_FULFILMENT')
    return 'the ERP holds it but the warehouse is fulfilling it';
  return null;
}

/** Line contradictions: a short or backorder on a line the ERP lacks, with another SKU, or beyond its open quantity. */
function lineDisagreements(s: OrderState, erp: ErpOrder): { reason: string; ev: string }[] {
  const found: { reason: string; ev: string }[] = [];
  for (const [line, issue] of [...openIssues(s, s.shorts), ...openIssues(s, s.backorders)]) {
    const erpLine = erp.lines.find((l) => l.lineNumber === Number(line));
    const open = erpLine ? erpLine.ordered - erpLine.cancelled : 0;
    if (!erpLine)
      found.push({
        reason: `the warehouse reports line ${line} (${issue.sku}), which the ERP does not have`,
        ev: issue.ev,
      });
    else if (erpLine.sku !== issue.sku)
      found.push({
        reason: `line ${line} is ${erpLine.sku} in the ERP but ${issue.sku} in the warehouse`,
        ev: issue.ev,
      });
    else if (issue.quantity > open)
      found.push({
        reason: `the warehouse misses ${issue.quantity} of line ${line} but the ERP has only ${open} open`,
        ev: issue.ev,
      });
  }
  return found;
}

/** Everything ERP and WMS contradict each other on for this order, with the WMS events that show it. */
export function erpDisagreement(s: OrderState, erp: ErpOrder): { reason: string; evidence: string[] } | null {
  const reasons: string[] = [];
  const evidence: string[] = [];
  // A stale read does not replace the status we hold (see reduceErp), so compare with that one.
  const status = s.wms ? statusDisagreement(s.erp?.status ?? erp.status, s.wms.status) : null;
  if (status && s.wms) {
    reasons.push(status);
    evidence.push(s.wms.ev);
  }
  for (const line of lineDisagreements(s, erp)) {
    reasons.push(line.reason);
    evidence.push(line.ev);
  }
  if (reasons.length === 0) return null;
  return { reason: reasons.join('; '), evidence: [...new Set([...evidence, `erp:${erp.number}`])] };
}
