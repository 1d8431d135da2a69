import type { OrderPanelElement } from '../elements/order-panel/order-panel.element.js';
import { applyContext } from './apply-context.js';
import type { ZafClient } from './zaf-client.js';

/** The order-number ticket field of the demo Zendesk account; installations set their own. */
export const DEFAULT_ORDER_FIELD_ID = '360001234567';

export interface ZendeskSettings {
  /** The BFF's GraphQL URL. */
  endpoint: string;
  /** Where the app exchanges its Zendesk identity for an Orderlens token, through ZAF's proxy. */
  tokenUrl: string;
  orderFieldId: string;
}

/** Reads the app's installation settings (manifest `parameters`), with the demo defaults. */
export async function readZendeskSettings(client: ZafClient): Promise<ZendeskSettings> {
  const { settings } = await client.metadata();
  const text = (key: string, fallback: string) =>
    typeof settings[key] === 'string' && settings[key] ? (settings[key] as string) : fallback;
  return {
    endpoint: text('endpoint', new URL('/graphql', location.href).href),
    tokenUrl: text('tokenUrl', new URL('/demo/token?agent=agent-anna', location.href).href),
    orderFieldId: text('orderFieldId', DEFAULT_ORDER_FIELD_ID),
  };
}

/**
 * Drives a panel from the Zendesk ticket the sidebar app sits next to: the ticket's order-number
 * field, its id and the requester's email, re-read when they change; the token through ZAF's request
 * proxy (so no secret ships in the app); case links opened as Zendesk tabs; the iframe sized to fit.
 * @example connectZendesk(panel, ZAFClient.init(), await readZendeskSettings(client));
 */
export async function connectZendesk(
  panel: OrderPanelElement,
  client: ZafClient,
  settings: ZendeskSettings,
): Promise<() => void> {
  const orderField = `ticket.customField:custom_field_${settings.orderFieldId}`;
  const readTicket = async () => {
    const data = await client.get(['ticket.id', 'ticket.requester.email', orderField]);
    applyContext(panel, {
      orderRef: asText(data[orderField]),
      ticketId: asText(data['ticket.id']),
      customerEmail: asText(data['ticket.requester.email']),
    });
  };

  panel.endpoint = settings.endpoint;
  panel.getToken = async () => {
    // ZAF's proxy fills in the secure setting server-side; the secret never reaches this iframe.
    const answer = (await client.request({
      url: settings.tokenUrl,
      type: 'GET',
      secure: true,
      cors: false,
      headers: { Authorization: 'Bearer {{setting.tokenSecret}}' },
    })) as { token?: unknown } | string;
    const body = typeof answer === 'string' ? (JSON.parse(answer) as { token?: unknown }) : answer;
    if (typeof body.token !== 'string') throw new Error('The token endpoint answered without a token.');
    return body.token;
  };
  panel.addEventListener('orderlens-case-open', (event) => {
    // Inside Zendesk a case is a ticket: open it as a tab instead of a new browser window.
    if (/^\d+$/.test(event.detail.caseId)) {
      event.preventDefault();
      void client.invoke('routeTo', 'ticket', event.detail.caseId);
    }
  });
  client.on('ticket.requester.email.changed', () => void readTicket());
  client.on(`ticket.custom_field_${settings.orderFieldId}.changed`, () => void readTicket());

  const resize = new ResizeObserver(() => {
    void client.invoke('resize', { width: '100%', height: `${Math.ceil(document.body.scrollHeight)}px` });
  });
  resize.observe(panel);
  await readTicket();
  return () => resize.disconnect();
}

function asText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
