import type { ExceptionListQuery, ExceptionListQueryVariables } from '../generated/operations.js';
import type { TypedDocumentString } from '../typed-document.js';
import { EXCEPTION_FIELDS } from './exception-fields.fragment.js';

type ExceptionList = TypedDocumentString<ExceptionListQuery, ExceptionListQueryVariables>;

/**
 * A page of the inbox, most severe first, then oldest first, with the feed position it was read at
 * (`feedCursor`), from which the inbox's subscription starts. Store-only: it selects no order
 * fields, so listing exceptions costs no call to the ERP, WMS or helpdesk.
 */
export const EXCEPTION_LIST_QUERY: ExceptionList = /* GraphQL */ `
  query ExceptionList($filter: ExceptionFilter, $first: Int!, $after: String) {
    exceptions(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          ...ExceptionFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      feedCursor
    }
  }
  ${EXCEPTION_FIELDS}
`;
