import type { ExceptionSeverity } from '../exception.js';
import type { CustomerTier } from '../model.js';
import { HOUR } from './time.js';

const LADDER: readonly ExceptionSeverity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/** How close the customer promise at stake is before it raises severity. */
const EXPOSURE_WINDOW = 24 * HOUR;

export interface SeverityInputs {
  tier: CustomerTier | null;
  /**
   * The customer-facing promise the subject is measured against (ship-by for an order, ETA for a
   * shipment, the credit deadline for a return), epoch ms; null when none is known.
   */
  promiseAt: number | null;
  now: number;
}

/**
 * The rule's base severity, one step up when the promise falls due within 24 h (or has passed), one
 * step up for a KEY customer, capped at CRITICAL.
 *
 * Exposure is measured on the customer promise rather than the exception's own `dueAt`: carrier
 * problems are due within hours, so a bump on `dueAt` would raise every one of them and tell the
 * agent nothing; a parcel whose ETA is tomorrow is what makes a delay urgent.
 *
 * @example severityOf('MEDIUM', { tier: 'KEY', promiseAt: now + HOUR, now }) // 'CRITICAL'
 */
export function severityOf(
  base: ExceptionSeverity,
  { tier, promiseAt, now }: SeverityInputs,
): ExceptionSeverity {
  let step = LADDER.indexOf(base);
  if (exposed(promiseAt, now)) step += 1;
  if (tier === 'KEY') step += 1;
  return LADDER[Math.min(step, LADDER.length - 1)] ?? 'CRITICAL';
}

const exposed = (promiseAt: number | null, now: number): boolean =>
  promiseAt !== null && promiseAt - now <= EXPOSURE_WINDOW;

/** When an open exception's severity will step up because its promise comes near; null if never again. */
export function exposureStartsAt(promiseAt: number | null, now: number): number | null {
  if (promiseAt === null || exposed(promiseAt, now)) return null;
  return promiseAt - EXPOSURE_WINDOW;
}
