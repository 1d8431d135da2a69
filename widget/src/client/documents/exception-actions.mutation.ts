import type {
  AcknowledgeExceptionMutation,
  AcknowledgeExceptionMutationVariables,
  AssignExceptionMutation,
  AssignExceptionMutationVariables,
  ResolveExceptionMutation,
  ResolveExceptionMutationVariables,
  SnoozeExceptionMutation,
  SnoozeExceptionMutationVariables,
} from '../generated/operations.js';
import type { TypedDocumentString } from '../typed-document.js';
import { EXCEPTION_FIELDS } from './exception-fields.fragment.js';

type AcknowledgeException = TypedDocumentString<
  AcknowledgeExceptionMutation,
  AcknowledgeExceptionMutationVariables
>;
type SnoozeException = TypedDocumentString<SnoozeExceptionMutation, SnoozeExceptionMutationVariables>;
type ResolveException = TypedDocumentString<ResolveExceptionMutation, ResolveExceptionMutationVariables>;
type AssignException = TypedDocumentString<AssignExceptionMutation, AssignExceptionMutationVariables>;

/** The agent takes an open or snoozed exception. */
export const ACKNOWLEDGE_EXCEPTION_MUTATION: AcknowledgeException = /* GraphQL */ `
  mutation AcknowledgeException($id: ID!) {
    acknowledgeException(id: $id) {
      ...ExceptionFields
    }
  }
  ${EXCEPTION_FIELDS}
`;

/** Put aside until a time (ISO 8601, at most 30 days ahead). */
export const SNOOZE_EXCEPTION_MUTATION: SnoozeException = /* GraphQL */ `
  mutation SnoozeException($id: ID!, $until: String!) {
    snoozeException(id: $id, until: $until) {
      ...ExceptionFields
    }
  }
  ${EXCEPTION_FIELDS}
`;

/** Close with a note saying what was done. */
export const RESOLVE_EXCEPTION_MUTATION: ResolveException = /* GraphQL */ `
  mutation ResolveException($id: ID!, $note: String!) {
    resolveException(id: $id, note: $note) {
      ...ExceptionFields
    }
  }
  ${EXCEPTION_FIELDS}
`;

/** Assign to an agent (the widget only ever assigns the viewer to themself). */
export const ASSIGN_EXCEPTION_MUTATION: AssignException = /* GraphQL */ `
  mutation AssignException($id: ID!, $agentId: String) {
    assignException(id: $id, agentId: $agentId) {
      ...ExceptionFields
    }
  }
  ${EXCEPTION_FIELDS}
`;
