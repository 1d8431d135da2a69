import { zendeskCasePriority, zendeskCaseStatus } from '../../domain/case-status.js';
import type { Case } from '../../domain/model.js';
import { normaliseOrderNumber } from '../../domain/order-number.js';
import { safeHttpUrl } from '../../domain/safe-url.js';
import { isoOrThrow } from '../wire-time.js';
import type { ZendeskTicket, ZendeskUser } from './crm-wire.js';

export interface CaseMapping {
  /** The tenant's Zendesk subdomain, for the agent deep link. */
  subdomain: string;
  /** The tenant's ticket custom field that holds the order number, as the requester or agent typed it. */
  orderFieldId: number;
  /** Requesters fetched alongside; a missing one leaves `requester` null. */
  users?: ReadonlyMap<number, ZendeskUser>;
}

/**
 * Maps a Zendesk ticket to a canonical `Case`.
 *
 * @example toCase(ticket, { subdomain: 'acme', orderFieldId: 360001234567 }).url // 'https://acme.zendesk.com/agent/tickets/48213'
 */
export function toCase(ticket: ZendeskTicket, mapping: CaseMapping): Case {
  const reference = orderReference(ticket, mapping.orderFieldId);
  const user = ticket.requester_id === null ? undefined : mapping.users?.get(ticket.requester_id);
  return {
    id: String(ticket.id),
    subject: ticket.subject ?? '',
    status: zendeskCaseStatus(ticket.status),
    priority: zendeskCasePriority(ticket.priority),
    requester: user ? { id: String(user.id), name: user.name, email: user.email ?? null } : null,
    channel: ticket.via?.channel ?? null,
    createdAt: isoOrThrow(ticket.created_at),
    updatedAt: isoOrThrow(ticket.updated_at),
    url: deepLink(mapping.subdomain, ticket.id),
    orderReference: reference,
    orderNumber: normaliseOrderNumber(reference),
  };
}

/** The order field's raw value, trimmed; anything but a non-empty string or number is none. */
export function orderReference(ticket: ZendeskTicket, fieldId: number): string | null {
  const value = ticket.custom_fields?.find((f) => f.id === fieldId)?.value;
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return text === '' ? null : text;
}

/** Only a plain subdomain label makes a link; a subdomain that could redirect elsewhere makes none. */
function deepLink(subdomain: string, id: number): string | null {
  if (!/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(subdomain) || !Number.isSafeInteger(id)) return null;
  return safeHttpUrl(`https://${subdomain}.zendesk.com/agent/tickets/${id}`);
}
