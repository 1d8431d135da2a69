import { z } from 'zod';

/**
 * A Zendesk webhook for a ticket event subscription: `{ type: "zen:event-type:ticket.status_changed",
 * account_id, id, time, zendesk_event_version, subject: "zen:ticket:<id>", detail: Ticket, event }`.
 * `detail` is the ticket after the change (status upper-case, ids as strings); `event` says what
 * changed. Only the fields intake reads are listed.
 */
const TICKET_ID = 'must be the ticket id (digits)';

export const zendeskTicketDetail = z.object({
  // Optional: the event's `subject` (`zen:ticket:<id>`) names the ticket too.
  id: z
    .union([z.string(), z.number().int().nonnegative()], {
      errorMap: () => ({ message: TICKET_ID }),
    })
    .transform(String)
    .pipe(z.string().regex(/^\d+$/, { message: TICKET_ID }))
    .optional(),
  status: z.string().min(1),
  subject: z.string().nullish(),
});

/**
 * The ticket of an event that takes it out of work (deleted, merged, spam): its status is not one a
 * case has, or absent, and is not read.
 */
export const zendeskClosedTicketDetail = zendeskTicketDetail.extend({ status: z.string().nullish() });

export const zendeskWebhook = z.object({
  type: z.string().min(1),
  id: z.string().min(1).max(200),
  time: z.string().min(1),
  account_id: z.number().int().optional(),
  subject: z.string().nullish(),
  // Validated per type: only ticket events carry a ticket.
  detail: z.unknown(),
  event: z.record(z.unknown()).optional(),
});

/** `ticket.custom_field_changed`: which field, and its new value. */
export const zendeskCustomFieldChange = z.object({
  custom_field: z.object({ id: z.union([z.string(), z.number()]).transform(String) }),
  current: z.unknown(),
});

/** The ticket an event is about, from its `subject`: `zen:ticket:48213` → `48213`. */
export function ticketIdOfSubject(subject: string | null | undefined): string | null {
  const match = /^zen:ticket:(\d+)$/.exec(subject ?? '');
  return match ? match[1]! : null;
}
