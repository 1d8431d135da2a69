import { EXCEPTION_FIELDS } from './exception-fields.fragment.js';

/** The live feed: backlog after `after` (a cursor from an earlier change), then live. */
export const EXCEPTION_CHANGES_SUBSCRIPTION = /* GraphQL */ `
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
