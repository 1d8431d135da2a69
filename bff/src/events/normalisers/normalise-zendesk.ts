import { zendeskCaseStatus } from '../../domain/case-status.js';
import { normaliseOrderNumber } from '../../domain/order-number.js';
import {
  ignored,
  invalid,
  normalisedEvent,
  quoted,
  unmappable,
  zodReason,
  type Normalised,
  type WebhookInput,
} from './normalised.js';
import { isoFromText } from './wire-time.js';
import {
  ticketIdOfSubject,
  zendeskClosedTicketDetail,
  zendeskCustomFieldChange,
  zendeskTicketDetail,
  zendeskWebhook,
} from './zendesk-webhook-wire.js';

const TICKET_EVENT = 'zen:event-type:ticket.';

/**
 * The ticket events that change what a case shows (its status, subject or order). Every other
 * ticket event — documented ones such as `comment_added` or `tags_changed`, and types Zendesk adds
 * later (its docs say to ignore undocumented ones) — is acknowledged and ignored.
 */
const APPLIED = new Set(
  [
    'created',
    'status_changed',
    'custom_status_changed',
    'subject_changed',
    'custom_field_changed',
    // A restored ticket is worked again: its status is the one `detail` gives.
    'undeleted',
  ].map((t) => `${TICKET_EVENT}${t}`),
);

/**
 * The ticket events after which nobody works the ticket: deleted (to the bin or for good), merged
 * into another ticket, or marked as spam. Their `detail.status` is not one a case has (or absent),
 * and the canonical `CaseStatus` has no value for "gone", so the case reads as CLOSED ("closed for
 * good"), the nearest: left as it was, it would stay linked to its order as an open case.
 */
const CLOSING = new Set(
  ['soft_deleted', 'permanently_deleted', 'merged', 'marked_as_spam'].map((t) => `${TICKET_EVENT}${t}`),
);

/** An order number written into free text: `SO-1000123`, `so 1000123`, `#SO-0001000123`. */
const ORDER_IN_TEXT = /#?\bSO[\s\-_#]*\d{7,10}\b/i;

/**
 * Maps a Zendesk ticket event that changes what a case shows to `case.updated` (others are
 * `ignored`), a deleted, merged or spam ticket as CLOSED; the ticket id is `detail.id`, else the
 * event's `subject` (`zen:ticket:<id>`). Ticket events carry the ticket but not its custom
 * fields, so the order number comes from the order field when that is what changed, else from an
 * order number in the subject, else null (the store can link the case from what it already knows).
 *
 * @example normaliseZendesk({ tenant, headers, body }, 360001234567).event.body.status // 'PENDING'
 */
export function normaliseZendesk(input: WebhookInput, orderFieldId: number): Normalised {
  const webhook = zendeskWebhook.safeParse(input.body);
  if (!webhook.success) return invalid(zodReason(webhook.error));
  const { id, type, time, event } = webhook.data;
  if (!type.startsWith(TICKET_EVENT))
    return unmappable(`Zendesk event ${quoted(type)} is not a ticket event`);
  const closing = CLOSING.has(type);
  if (!closing && !APPLIED.has(type))
    return ignored(`Zendesk event ${quoted(type)} changes nothing a case shows`);
  const occurredAt = isoFromText(time);
  if (occurredAt === null) return invalid('time: not an ISO 8601 timestamp');
  const detail = (closing ? zendeskClosedTicketDetail : zendeskTicketDetail).safeParse(webhook.data.detail);
  if (!detail.success) return invalid(zodReason(detail.error, ['detail']));
  const ticket = detail.data;
  const ticketId = ticket.id ?? ticketIdOfSubject(webhook.data.subject);
  if (ticketId === null) return invalid('detail.id: required when subject is not "zen:ticket:<id>"');

  return normalisedEvent({
    source: 'zendesk',
    id,
    tenant: input.tenant,
    occurredAt,
    body: {
      type: 'case.updated',
      ticketId,
      orderNumber: orderFromField(type, event, orderFieldId) ?? orderFromText(ticket.subject),
      status: closing ? 'CLOSED' : zendeskCaseStatus(ticket.status ?? ''),
      subject: ticket.subject ?? '',
    },
  });
}

function orderFromField(
  type: string,
  event: Record<string, unknown> | undefined,
  fieldId: number,
): string | null {
  if (type !== `${TICKET_EVENT}custom_field_changed`) return null;
  const change = zendeskCustomFieldChange.safeParse(event);
  if (!change.success || change.data.custom_field.id !== String(fieldId)) return null;
  const value = change.data.current;
  return typeof value === 'string' || typeof value === 'number' ? normaliseOrderNumber(String(value)) : null;
}

function orderFromText(text: string | null | undefined): string | null {
  const match = ORDER_IN_TEXT.exec(text ?? '');
  return match ? normaliseOrderNumber(match[0]) : null;
}
