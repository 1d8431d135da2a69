import type { ExceptionSeverity, ExceptionType } from '../client/exception-types.js';

/*
 * The orders the inbox's filter offers types and severities in. Written as objects so that the
 * compiler refuses a value the schema does not have or one missing here; the keys keep their order.
 */
const TYPE_ORDER: Record<ExceptionType, true> = {
  SHORT_PICK: true,
  BACKORDER: true,
  WAREHOUSE_HOLD: true,
  NOT_RELEASED: true,
  NOT_SHIPPED_BY_PROMISE: true,
  NO_CARRIER_SCAN: true,
  DELIVERY_EXCEPTION: true,
  FAILED_ATTEMPT: true,
  ADDRESS_PROBLEM: true,
  ETA_PASSED: true,
  LOST: true,
  DAMAGED: true,
  RETURN_TO_SENDER: true,
  RETURN_REJECTED: true,
  RETURN_NOT_CREDITED: true,
  SYSTEM_DRIFT: true,
};
const SEVERITY_ORDER: Record<ExceptionSeverity, true> = {
  CRITICAL: true,
  HIGH: true,
  MEDIUM: true,
  LOW: true,
};

/** Every type, in the order the filter offers them. */
export const EXCEPTION_TYPES = /* @__PURE__ */ Object.keys(TYPE_ORDER) as readonly ExceptionType[];
/** Most severe first, as the inbox sorts. */
export const SEVERITIES = /* @__PURE__ */ Object.keys(SEVERITY_ORDER) as readonly ExceptionSeverity[];
