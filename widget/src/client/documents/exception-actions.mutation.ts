import { EXCEPTION_FIELDS } from './exception-fields.fragment.js';

/** The agent takes an open or snoozed exception. */
export const ACKNOWLEDGE_EXCEPTION_MUTATION = /* GraphQL */ `
  mutation AcknowledgeException($id: ID!) {
    acknowledgeException(id: $id) {
      ...ExceptionFields
    }
  }
  ${EXCEPTION_FIELDS}
`;

/** Put aside until a time (ISO 8601, at most 30 days ahead). */
export const SNOOZE_EXCEPTION_MUTATION = /* GraphQL */ `
  mutation SnoozeException($id: ID!, $until: String!) {
    snoozeException(id: $id, until: $until) {
      ...ExceptionFields
    }
  }
  ${EXCEPTION_FIELDS}
`;

/** Close with a note saying what was done. */
export const RESOLVE_EXCEPTION_MUTATION = /* GraphQL */ `
  mutation ResolveException($id: ID!, $note: String!) {
    resolveException(id: $id, note: $note) {
      ...ExceptionFields
    }
  }
  ${EXCEPTION_FIELDS}
`;

/** Assign to an agent (the widget only ever assigns the viewer to themself). */
export const ASSIGN_EXCEPTION_MUTATION = /* GraphQL */ `
  mutation AssignException($id: ID!, $agentId: String) {
    assignException(id: $id, agentId: $agentId) {
      ...ExceptionFields
    }
  }
  ${EXCEPTION_FIELDS}
`;
