import { describe, expect, it } from 'vitest';
// The BFF's verifier, in this test only: the point is that two independent implementations agree.
import { verifyWebhook } from '../../../bff/src/events/signatures/verify-webhook.js';
import { signWebhook } from './sign-webhook.js';
import type { SimulatorSource } from './sources.js';

const SECRETS = {
  wms: 'sim-wms-secret',
  easypost: 'sim-easypost-se\uFB01cret',
  aftership: 'sim-aftership-secret',
  zendesk: 'sim-zendesk-secret',
  cloudevents: 'unused',
};
const SOURCES: SimulatorSource[] = ['wms', 'easypost', 'aftership', 'zendesk'];
const NOW = Date.parse('2026-11-24T10:00:00.750Z');
const BODY = JSON.stringify({ id: 'wev-acme-eu-000000001', note: 'Köln — 20 µm' });

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const verify = (source: SimulatorSource, headers: Record<string, string>, body: string, now = NOW) =>
  verifyWebhook(source, new Headers(headers), bytes(body), SECRETS, now);

describe('signWebhook', () => {
  it.each(SOURCES)('produces %s signatures that the BFF accepts', (source) => {
    expect(verify(source, signWebhook(source, SECRETS[source], BODY, NOW), BODY)).toBe(true);
  });

  it.each(SOURCES)('produces %s signatures that fail on a changed body or another secret', (source) => {
    const headers = signWebhook(source, SECRETS[source], BODY, NOW);
    expect(verify(source, headers, BODY.replace('001', '002'))).toBe(false);
    expect(verify(source, headers, `${BODY} `)).toBe(false);
    expect(verify(source, signWebhook(source, 'another-secret', BODY, NOW), BODY)).toBe(false);
  });

  it.each(SOURCES)('produces %s headers that fail when any value is altered', (source) => {
    const headers = signWebhook(source, SECRETS[source], BODY, NOW);
    for (const [name, value] of Object.entries(headers)) {
      const flipped = value.slice(0, -2) + (value.at(-2) === 'a' ? 'b' : 'a') + value.slice(-1);
      expect(verify(source, { ...headers, [name]: flipped }, BODY), name).toBe(false);
    }
  });

  it.each(['wms', 'zendesk'] as const)(
    'signs %s with a timestamp the receiver rejects 301 s later',
    (source) => {
      const headers = signWebhook(source, SECRETS[source], BODY, NOW);
      expect(verify(source, headers, BODY, NOW + 299_000)).toBe(true);
      expect(verify(source, headers, BODY, NOW + 301_000)).toBe(false);
    },
  );

  it('NFKD-normalises the EasyPost secret, as EasyPost does', () => {
    const composed = signWebhook('easypost', 'sim-easypost-se\uFB01cret', BODY, NOW);
    expect(composed).toEqual(signWebhook('easypost', 'sim-easypost-sefi' + 'cret', BODY, NOW));
  });
});
