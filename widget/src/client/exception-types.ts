import type { ExceptionFieldsFragment, ExceptionFilter } from './generated/operations.js';

/**
 * Names for the exception shapes the widget's documents select, aliased from the generated types
 * (`npm run codegen`), so a change to `schema/` or a document reaches every use.
 */
export type {
  ExceptionChangeKind,
  ExceptionSeverity,
  ExceptionStatus,
  ExceptionSubjectKind,
  ExceptionType,
} from './generated/operations.js';

/** One exception as a row, a toast or an item of the order panel shows it (`ExceptionFields`). */
export type OrderException = ExceptionFieldsFragment;

/** `ExceptionFilter` of the schema; omitted fields do not filter. */
export type ExceptionFilterInput = ExceptionFilter;
