import { zendeskCaseStatus } from '../../domain/case-status.js';
import { normaliseOrderNumber } from '../../domain/order-number.js';
import {
  invalid,
  normalisedEvent,
  quoted,
  unmappable,
  zodReason,
  type Normalised,
  type WebhookInput,
} from './normalised.js';
import { isoFromText } from './wire-time.js';
import { zendeskCustomFieldChange, zendeskTicketDetail, zendeskWebhook } from './zendesk-webhook-wire.js';

const TICKET_EVENT = 'zen:event-type:ticket.';

/** An order number written into free text: `SO-1000123`, `so 1000123`, `#SO-0001000123`. */
const ORDER_IN_TEXT = /#?\bSO[\s\-_#]*\d{7,10}\b/i;

/**
 * Maps a Zendesk ticket event to `case.updated`. Ticket events carry the ticket but not its custom
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
  const occurredAt = isoFromText(time);
  if (occurredAt === null) return invalid('time: not an ISO 8601 timestamp');
  const detail = zendeskTicketDetail.safeParse(webhook.data.detail);
  if (!detail.success) return invalid(zodReason(detail.error, ['detail']));
  const ticket = detail.data;

  return normalisedEvent({
    source: 'zendesk',
    id,
    tenant: input.tenant,
    occurredAt,
    body: {
      type: 'case.updated',
      ticketId: ticket.id,
      orderNumber: orderFromField(type, event, orderFieldId) ?? orderFromText(ticket.subject),
      status: zendeskCaseStatus(ticket.status),
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
