import type {
  ExceptionChangesSubscription,
  ExceptionChangesSubscriptionVariables,
} from '../generated/operations.js';
import type { TypedDocumentString } from '../typed-document.js';
import { EXCEPTION_FIELDS } from './exception-fields.fragment.js';

type ExceptionChanges = TypedDocumentString<
  ExceptionChangesSubscription,
  ExceptionChangesSubscriptionVariables
>;

/** The live feed: backlog after `after` (a cursor from an earlier change), then live. */
export const EXCEPTION_CHANGES_SUBSCRIPTION: ExceptionChanges = /* GraphQL */ `
  subscription ExceptionChanges($after: String, $filter: ExceptionFilter) {
    exceptionChanges(after: $after, filter: $filter) {
      cursor
      kind
      exception {
        ...ExceptionFields
      }
    }
  }
  ${EXCEPTION_FIELDS}
`;
