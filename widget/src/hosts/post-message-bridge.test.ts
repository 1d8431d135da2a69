import { describe, expect, it, vi } from 'vitest';
import { connectPostMessageBridge, type BridgedPanel } from './post-message-bridge.js';

function setup(allowedOrigins = ['https://desk.example']) {
  const host = { postMessage: vi.fn() };
  let listener: ((e: MessageEvent) => void) | undefined;
  const self = {
    addEventListener: (_: string, l: EventListener) => (listener = l as (e: MessageEvent) => void),
    removeEventListener: vi.fn(),
  };
  const panel: BridgedPanel = {
    orderRef: '',
    ticketId: '',
    customerEmail: '',
    locale: '',
    getToken: undefined,
  };
  connectPostMessageBridge(panel, { allowedOrigins, host, self, tokenTimeoutMs: 50 });
  const send = (data: unknown, origin = 'https://desk.example', source: unknown = host) =>
    listener!({ data, origin, source } as MessageEvent);
  return { host, panel, send };
}

describe('connectPostMessageBridge', () => {
  it('announces itself to each allowed origin by name, never to "*"', () => {
    const { host } = setup(['https://desk.example', '*', 'https://other.example']);
    expect(host.postMessage.mock.calls).toEqual([
      [{ type: 'orderlens:ready' }, 'https://desk.example'],
      [{ type: 'orderlens:ready' }, 'https://other.example'],
    ]);
  });

  it('takes its context from the parent at an allowed origin', () => {
    const { panel, send } = setup();
    send({ type: 'orderlens:context', orderRef: ' SO-1 ', customerEmail: 'a@b.example', locale: 'de' });
    expect(panel).toMatchObject({
      orderRef: 'SO-1',
      customerEmail: 'a@b.example',
      ticketId: '',
      locale: 'de',
    });
  });

  it('ignores messages from other origins and from windows other than the parent', () => {
    const { panel, send } = setup();
    send({ type: 'orderlens:context', orderRef: 'EVIL' }, 'https://evil.example');
    send({ type: 'orderlens:context', orderRef: 'EVIL' }, 'https://desk.example', { postMessage() {} });
    expect(panel.orderRef).toBe('');
    expect(panel.getToken).toBeUndefined();
  });

  it('asks the pinned host origin alone for tokens and accepts only its answer', async () => {
    const { host, panel, send } = setup(['https://desk.example', 'https://other.example']);
    send({ type: 'orderlens:context', ticketId: '7' });
    host.postMessage.mockClear();
    const token = panel.getToken!();
    await Promise.resolve();
    expect(host.postMessage).toHaveBeenCalledWith(
      { type: 'orderlens:token-request', id: 1 },
      'https://desk.example',
    );
    send({ type: 'orderlens:token', id: 1, token: 'forged' }, 'https://other.example'); // allowed, but not the pinned host
    send({ type: 'orderlens:token', id: 1, token: 'jwt' });
    await expect(token).resolves.toBe('jwt');
  });

  it('gives up on a token the host never sends', async () => {
    const { panel, send } = setup();
    send({ type: 'orderlens:context' });
    await expect(Promise.resolve(panel.getToken!())).rejects.toThrow('did not answer');
  });
});
