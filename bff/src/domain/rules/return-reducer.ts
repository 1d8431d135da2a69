import type { CanonicalEvent } from '../event.js';
import type { ReturnState } from './return-state.js';
import { earliest, latest, stampOf } from './stamp.js';

/** Folds a `return.status` event into return state, newest status and first receipt / credit. Mutates `s`. */
export function reduceReturn(s: ReturnState, event: CanonicalEvent): ReturnState {
  const body = event.body;
  if (body.type !== 'return.status') return s;
  const stamp = stampOf(event);
  s.orderNumber ??= body.orderNumber;
  s.status = latest(s.status, { ...stamp, status: body.status, reason: body.reason });
  if (body.status === 'RECEIVED' || body.status === 'INSPECTED') s.received = earliest(s.received, stamp);
  if (body.status === 'CREDITED') s.credited = earliest(s.credited, stamp);
  return s;
}
