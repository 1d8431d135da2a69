/**
 * What the widget shows of an exception, everywhere: inbox rows, toasts, the order panel. Appended
 * to each document that selects `...ExceptionFields`, so all of them stay in step.
 */
export const EXCEPTION_FIELDS = /* GraphQL */ `
  fragment ExceptionFields on Exception {
    id
    type
    severity
    status
    subjectKind
    subjectId
    orderNumber
    summary
    dueAt
    openedAt
    updatedAt
    resolvedAt
    assignee
    snoozedUntil
  }
`;
