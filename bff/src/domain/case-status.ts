import type { CasePriority, CaseStatus } from './model.js';

const ZENDESK_STATUS: Record<string, CaseStatus> = {
  new: 'NEW',
  open: 'OPEN',
  pending: 'PENDING',
  hold: 'ON_HOLD',
  solved: 'SOLVED',
  closed: 'CLOSED',
};

/** Maps a Zendesk ticket status; an unknown one is treated as open so an agent still sees it. */
export function zendeskCaseStatus(status: string): CaseStatus {
  return ZENDESK_STATUS[status.toLowerCase()] ?? 'OPEN';
}

const ZENDESK_PRIORITY: Record<string, CasePriority> = {
  low: 'LOW',
  normal: 'NORMAL',
  high: 'HIGH',
  urgent: 'URGENT',
};

/** Maps a Zendesk priority; none stays null, an unknown one reads as normal. */
export function zendeskCasePriority(priority: string | null | undefined): CasePriority | null {
  if (priority === null || priority === undefined || priority === '') return null;
  return ZENDESK_PRIORITY[priority.toLowerCase()] ?? 'NORMAL';
}
