/** The webhook senders intake speaks, one route and one signature scheme each. */
export const WEBHOOK_SOURCES = ['wms', 'easypost', 'aftership', 'zendesk', 'cloudevents'] as const;

export type WebhookSource = (typeof WEBHOOK_SOURCES)[number];

export function isWebhookSource(value: string): value is WebhookSource {
  return (WEBHOOK_SOURCES as readonly string[]).includes(value);
}
