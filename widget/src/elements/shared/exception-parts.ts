import { html } from 'lit';
import type { ExceptionSeverity, OrderException } from '../../client/exception-types.js';
import type { Formatters } from '../../i18n/formatters.js';
import type { Messages } from '../../i18n/messages.en.js';
import type { Tone } from '../order-panel/parts/render-context.js';

/** Severity colours; the badge always says the severity in words as well. */
export const SEVERITY_TONE: Record<ExceptionSeverity, Tone> = {
  CRITICAL: 'danger',
  HIGH: 'warn',
  MEDIUM: 'info',
  LOW: 'neutral',
};

/** A severity badge, shared by the order panel, the inbox and the alerts. */
export function severityBadge(msg: Messages, severity: ExceptionSeverity) {
  return html`<span
    class="badge"
    part="badge severity"
    data-tone=${SEVERITY_TONE[severity]}
    data-severity=${severity}
    >${msg.severity[severity]}</span
  >`;
}

/**
 * The time that matters for the exception's status, relative ("Due in 3 hr."), with the exact time
 * as a tooltip: when it is due, until when it sleeps, or when it was resolved.
 */
export function exceptionWhen(msg: Messages, fmt: Formatters, e: OrderException, now = Date.now()) {
  let text: string;
  let at: string;
  if (e.status === 'RESOLVED' && e.resolvedAt)
    [at, text] = [e.resolvedAt, msg.resolvedWhen(fmt.ago(e.resolvedAt))];
  else if (e.status === 'SNOOZED' && e.snoozedUntil)
    [at, text] = [e.snoozedUntil, msg.snoozedUntil(fmt.short(e.snoozedUntil))];
  else [at, text] = [e.dueAt, msg.due(fmt.ago(e.dueAt))];
  const overdue = e.status !== 'RESOLVED' && e.status !== 'SNOOZED' && Date.parse(e.dueAt) < now;
  return html`<time
    class="when"
    datetime=${at}
    title=${fmt.dateTime(at)}
    data-overdue=${overdue ? 'true' : 'false'}
    >${text}</time
  >`;
}
