import { describe, expect, it } from 'vitest';
import { createFakeEventSink } from './__fixtures__/fake-event-sink.js';
import { respondWithError } from '../http/error-response.js';
import { createIntakeRoutes } from './intake-routes.js';
import {
  SCHEME_CASES,
  TEST_SECRETS,
  TEST_TENANTS,
  signedHeaders,
  webhookRequest,
  type SchemeCase,
  type WebhookRequest,
} from './__fixtures__/intake-test-requests.js';
import { signWebhook } from './signatures/sign-webhook.js';

/**
 * T3 (QUALITY.md): every signature scheme, fuzzed through the HTTP route. Each tampered request must
 * be answered 401 with nothing reaching the sink: 0 false accepts, 0 5xx.
 */
const NOW = Date.parse('2026-11-02T08:00:00Z');

/** The headers that carry each scheme's signature (and its signed timestamp). */
const SIGNATURE_HEADERS: Record<SchemeCase, string[]> = {
  wms: ['orderlens-signature'],
  easypost: ['x-hmac-signature'],
  aftership: ['aftership-hmac-sha256'],
  zendesk: ['x-zendesk-webhook-signature', 'x-zendesk-webhook-signature-timestamp'],
  'cloudevents-structured': ['orderlens-signature'],
  'cloudevents-binary': ['orderlens-signature', 'ce-id', 'ce-type', 'ce-source'],
};
const HAS_TIMESTAMP: Record<SchemeCase, boolean> = {
  wms: true,
  easypost: false,
  aftership: false,
  zendesk: true,
  'cloudevents-structured': true,
  'cloudevents-binary': true,
};

interface Attempt {
  label: string;
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

function flipBit(text: string, index: number, bit: number): string {
  const bytes = Buffer.from(text, 'latin1');
  bytes[index] = (bytes[index] ?? 0) ^ (1 << bit);
  return bytes.toString('latin1');
}

/** hex ↔ base64 of the same MAC bytes, inside whatever prefix the scheme uses. */
function swapEncoding(value: string): string {
  const hex = /[0-9a-f]{64}/.exec(value)?.[0];
  if (hex) return value.replace(hex, Buffer.from(hex, 'hex').toString('base64'));
  return Buffer.from(value, 'base64').toString('hex');
}

function* tamperedAttempts(scheme: SchemeCase, request: WebhookRequest): Generator<Attempt> {
  const valid = signedHeaders(request, NOW);
  const without = (name: string) => Object.fromEntries(Object.entries(valid).filter(([n]) => n !== name));
  for (const name of SIGNATURE_HEADERS[scheme]) {
    const value = valid[name] ?? '';
    for (let i = 0; i < value.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        yield {
          label: `${name} byte ${i} bit ${bit}`,
          body: request.body,
          headers: { ...valid, [name]: flipBit(value, i, bit) },
        };
      }
    }
    const variants: [string, string][] = [
      ['truncated by one', value.slice(0, -1)],
      ['truncated to half', value.slice(0, Math.floor(value.length / 2))],
      ['extended by a hex digit', `${value}0`],
      ['extended by padding', `${value}=`],
      ['doubled', `${value},${value}`],
      ['empty', ''],
    ];
    for (const [label, changed] of variants)
      yield { label: `${name} ${label}`, body: request.body, headers: { ...valid, [name]: changed } };
    yield { label: `${name} missing`, body: request.body, headers: without(name) };
  }
  const signatureHeader = SIGNATURE_HEADERS[scheme][0] ?? '';
  yield {
    label: 'hex and base64 swapped',
    body: request.body,
    headers: { ...valid, [signatureHeader]: swapEncoding(valid[signatureHeader] ?? '') },
  };
  yield { label: 'wrong secret', body: request.body, headers: signedHeaders(request, NOW, 'not-the-secret') };
  for (const other of ['wms', 'easypost', 'aftership', 'zendesk'] as const) {
    // Structured CloudEvents use our scheme as it is: that would be a valid signature, not a tamper.
    if (other === request.source || (scheme === 'cloudevents-structured' && other === 'wms')) continue;
    const foreign = signWebhook(other, TEST_SECRETS[request.source], request.body, { nowMs: NOW });
    yield {
      label: `${other}'s scheme with this secret`,
      body: request.body,
      headers: { ...request.headers, ...foreign },
    };
  }
  if (HAS_TIMESTAMP[scheme]) {
    yield { label: 'signed 301 s ago', body: request.body, headers: signedHeaders(request, NOW - 301_000) };
    yield { label: 'signed 301 s ahead', body: request.body, headers: signedHeaders(request, NOW + 301_000) };
  }
  for (let i = 0; i < request.body.length; i++) {
    for (let bit = 0; bit < 8; bit++) {
      const body = Buffer.from(request.body);
      body[i] = (body[i] ?? 0) ^ (1 << bit);
      yield { label: `body byte ${i} bit ${bit}`, body, headers: valid };
    }
  }
  yield {
    label: 'body with a trailing newline',
    body: Buffer.concat([request.body, Buffer.from('\n')]),
    headers: valid,
  };
}

/** Builds the request, or null when the fetch API itself refuses the header value (NUL, CR, LF). */
function toRequest(source: string, attempt: Attempt): Request | null {
  try {
    return new Request(`http://intake.test/events/acme/${source}`, {
      method: 'POST',
      body: attempt.body,
      headers: attempt.headers,
    });
  } catch {
    return null;
  }
}

describe('webhook signature fuzzing (T3)', () => {
  it.each(SCHEME_CASES)('%s: every tampered request is 401 and reaches nothing', async (scheme) => {
    const sink = createFakeEventSink();
    const app = createIntakeRoutes({ sink, tenants: TEST_TENANTS, now: () => NOW }).onError(respondWithError);
    const request = webhookRequest(scheme);
    const statuses = new Map<number, number>();
    const accepted: string[] = [];
    let sent = 0;
    for (const attempt of tamperedAttempts(scheme, request)) {
      const built = toRequest(request.source, attempt);
      if (built === null) continue;
      const response = await app.request(built);
      sent++;
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status !== 401) accepted.push(`${attempt.label} → ${response.status}`);
    }
    expect(accepted).toEqual([]);
    expect([...statuses.keys()]).toEqual([401]);
    expect(sent).toBeGreaterThan(1000);
    expect(sink.ingested).toHaveLength(0);
    expect(sink.deadLetters).toHaveLength(0);
  });

  it.each(SCHEME_CASES)('%s: a replayed valid event is 2xx and has no second effect', async (scheme) => {
    let now = NOW;
    const sink = createFakeEventSink();
    const app = createIntakeRoutes({ sink, tenants: TEST_TENANTS, now: () => now }).onError(respondWithError);
    const request = webhookRequest(scheme);
    const headers = signedHeaders(request, NOW);
    const send = () =>
      app.request(`/events/acme/${request.source}`, { method: 'POST', body: request.body, headers });
    const first = await send();
    now = NOW + 299_000;
    const replay = await send();
    expect([first.status, replay.status]).toEqual([202, 202]);
    expect(await replay.json()).toEqual({ status: 'duplicate' });
    expect(sink.applied).toHaveLength(1);
    expect(sink.ingested.map((e) => [e.source, e.id])).toEqual([
      [sink.applied[0]?.source, sink.applied[0]?.id],
      [sink.applied[0]?.source, sink.applied[0]?.id],
    ]);
    // Past the tolerance a timestamped replay is refused outright; the others rely on dedupe.
    now = NOW + 301_000;
    expect((await send()).status).toBe(HAS_TIMESTAMP[scheme] ? 401 : 202);
    expect(sink.applied).toHaveLength(1);
  });
});
