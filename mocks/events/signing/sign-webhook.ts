import { createHmac } from 'node:crypto';
import type { SimulatorSource } from './sources.js';

/*
 * The simulators sign with their own few lines rather than the BFF's signers, so a bug in one side
 * is not mirrored in the other: the tests beside this file check both against each other. The
 * schemes are the senders' own (integrations.md, "Webhook signatures").
 */

const hmac = (key: string | Buffer, ...parts: (string | Uint8Array)[]) => {
  const mac = createHmac('sha256', key);
  for (const part of parts) mac.update(part);
  return mac.digest();
};

/** Ours, for the WMS: `Orderlens-Signature: t=<unix s>,v1=<hex HMAC of "<t>.<body>">`. */
function signWms(secret: string, body: string, nowMs: number): Record<string, string> {
  const t = Math.floor(nowMs / 1000);
  return { 'orderlens-signature': `t=${t},v1=${hmac(secret, `${t}.`, body).toString('hex')}` };
}

/** EasyPost: hex HMAC of the body with the NFKD-normalised secret, behind a scheme prefix. */
export function signEasyPost(secret: string, body: string): Record<string, string> {
  const key = Buffer.from(secret.normalize('NFKD'), 'utf8');
  return { 'x-hmac-signature': `hmac-sha256-hex=${hmac(key, body).toString('hex')}` };
}

/** AfterShip: base64 HMAC of the body. */
export function signAfterShip(secret: string, body: string): Record<string, string> {
  return { 'aftership-hmac-sha256': hmac(secret, body).toString('base64') };
}

/** Zendesk: base64 HMAC of the ISO timestamp (whole seconds) followed directly by the body. */
export function signZendesk(secret: string, body: string, nowMs: number): Record<string, string> {
  const timestamp = new Date(Math.floor(nowMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  return {
    'x-zendesk-webhook-signature': hmac(secret, timestamp, body).toString('base64'),
    'x-zendesk-webhook-signature-timestamp': timestamp,
  };
}

/**
 * The signature headers a source sends with `body`. Timestamped schemes (WMS, Zendesk) must be
 * signed again on every retry: the receiver rejects a timestamp more than 300 s old.
 *
 * @example const headers = { 'content-type': 'application/json', ...signWebhook('wms', secret, body, Date.now()) };
 */
export function signWebhook(
  source: SimulatorSource,
  secret: string,
  body: string,
  nowMs: number,
): Record<string, string> {
  switch (source) {
    case 'wms':
      return signWms(secret, body, nowMs);
    case 'easypost':
      return signEasyPost(secret, body);
    case 'aftership':
      return signAfterShip(secret, body);
    case 'zendesk':
      return signZendesk(secret, body, nowMs);
  }
}
