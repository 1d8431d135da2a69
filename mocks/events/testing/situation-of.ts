import type { Situation } from '../story/situations.js';
import type { ReceivedWebhook } from './start-receiver.js';

/**
 * Reads the situation a received webhook stands for straight from the wire, without the
 * generator's help: what a receiver would conclude.
 */
export function situationOf(webhook: ReceivedWebhook, nowMs: number, creditHours = 72): Situation | null {
  const source = webhook.path.split('/')[3];
  const body = JSON.parse(webhook.body) as Record<string, any>;
  if (source === 'wms') {
    if (body.type === 'order.short_picked') return 'short_pick';
    if (body.type === 'order.backordered') return 'backorder';
    if (body.type === 'order.held') return 'hold';
    if (body.type === 'return.inspected' && body.data.result === 'REJECTED') return 'return_rejected';
    if (body.type === 'return.received' && body.occurred_at < nowMs - creditHours * 3_600_000)
      return 'return_not_credited';
    return null;
  }
  const code =
    source === 'easypost'
      ? `${body.result.status}/${body.result.status_detail}`
      : source === 'aftership'
        ? body.msg.subtag
        : '';
  const table: [RegExp, Situation][] = [
    [/^(Exception_005|in_transit\/delayed)$/, 'carrier_delay'],
    [/^(AttemptFail_\d+|out_for_delivery\/delivery_exception)$/, 'failed_attempt'],
    [/^(Exception_007|in_transit\/address_correction)$/, 'address_problem'],
    [/^(Exception_01[01]|return_to_sender\/.*)$/, 'return_to_sender'],
    [/^(Exception_013|failure\/lost)$/, 'lost'],
    [/^(Exception_012|failure\/damaged)$/, 'damaged'],
  ];
  return table.find(([re]) => re.test(code))?.[1] ?? null;
}
