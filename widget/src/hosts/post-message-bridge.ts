import type { GetToken } from '../client/bff-client.js';
import { applyContext } from './apply-context.js';

/** Messages a host page sends to the widget's iframe. */
type HostMessage =
  | {
      type: 'orderlens:context';
      orderRef?: unknown;
      ticketId?: unknown;
      customerEmail?: unknown;
      locale?: unknown;
    }
  | { type: 'orderlens:token'; id: unknown; token: unknown };

/** What the bridge drives: an order panel, or anything with the same four properties. */
export interface BridgedPanel {
  orderRef: string;
  ticketId: string;
  customerEmail: string;
  locale: string;
  getToken: GetToken | undefined;
}

export interface BridgeOptions {
  /** Exact origins (scheme, host, port) allowed to drive the widget, e.g. `https://desk.example.com`. */
  allowedOrigins: readonly string[];
  /** The host window: the iframe's parent. */
  host?: Pick<Window, 'postMessage'>;
  /** The widget's own window, where the host's messages arrive. */
  self?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** How long to wait for the host's token answer. */
  tokenTimeoutMs?: number;
}

/**
 * Lets a host page that frames the widget set its context and supply tokens by `postMessage`.
 * Messages count only from the parent window at an allowed origin; the first such origin is pinned,
 * and every message back names it as the exact `targetOrigin`, so nothing reaches another page.
 * @example connectPostMessageBridge(panel, { allowedOrigins: ['https://desk.example.com'] });
 */
export function connectPostMessageBridge(panel: BridgedPanel, options: BridgeOptions): () => void {
  const host = options.host ?? window.parent;
  const self = options.self ?? window;
  const allowed = new Set(options.allowedOrigins.filter((o) => o !== '*' && o !== 'null'));
  let hostOrigin: string | null = null;
  let nextId = 1;
  const waiting = new Map<number, (token: string) => void>();

  const requestToken = () =>
    new Promise<string>((resolve, reject) => {
      if (!hostOrigin) return reject(new Error('No host has introduced itself yet.'));
      const id = nextId++;
      waiting.set(id, resolve);
      host.postMessage({ type: 'orderlens:token-request', id }, hostOrigin);
      setTimeout(() => {
        if (waiting.delete(id)) reject(new Error('The host did not answer the token request.'));
      }, options.tokenTimeoutMs ?? 10_000);
    });

  const onMessage = (event: MessageEvent) => {
    if (event.source !== host || !allowed.has(event.origin)) return;
    if (hostOrigin !== null && event.origin !== hostOrigin) return;
    const data = event.data as HostMessage | null;
    if (!data || typeof data !== 'object') return;
    if (data.type === 'orderlens:context') {
      hostOrigin = event.origin;
      applyContext(panel, {
        orderRef: text(data.orderRef),
        ticketId: text(data.ticketId),
        customerEmail: text(data.customerEmail),
      });
      if (text(data.locale)) panel.locale = text(data.locale);
      if (!panel.getToken) panel.getToken = requestToken;
    } else if (
      data.type === 'orderlens:token' &&
      typeof data.id === 'number' &&
      typeof data.token === 'string'
    ) {
      waiting.get(data.id)?.(data.token);
      waiting.delete(data.id);
    }
  };

  self.addEventListener('message', onMessage as EventListener);
  // Announce readiness to each allowed origin by name; the browser delivers only to the one that matches.
  for (const origin of allowed) host.postMessage({ type: 'orderlens:ready' }, origin);
  return () => self.removeEventListener('message', onMessage as EventListener);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
