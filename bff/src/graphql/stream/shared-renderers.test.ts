import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer.js';
import { createSharedRenderers, type SubscriptionRequest } from './shared-renderers.js';

const agent = (id: string, over: Partial<Viewer> = {}): Viewer => ({
  id,
  name: id,
  tenant: 'acme',
  roles: ['agent'],
  teams: ['eu'],
  ...over,
});

const request = (query: string, variables: Record<string, unknown> = {}): SubscriptionRequest => {
  const document = parse(query);
  return { query, document, operation: getOperationAST(document)!, operationName: null, variables };
};

const INBOX = `subscription ($after: String, $withOrder: Boolean = false) {
  exceptionChanges(after: $after) { cursor exception { id order @include(if: $withOrder) { id } } }
}`;

describe('createSharedRenderers', () => {
  it('renders a change once for every subscriber of the same tenant, roles and selection', async () => {
    const rendered: object[] = [];
    const renderers = createSharedRenderers(async (_viewer, _request, change) => {
      rendered.push(change);
      return { data: { n: rendered.length } };
    });
    // Different agents, different cursors (a root argument): one renderer.
    const a = renderers.acquire(agent('anna'), request(INBOX, { after: 'c1' }));
    const b = renderers.acquire(agent('ben'), request(INBOX, { after: 'c9' }));
    expect(b).toBe(a);
    const change = { seq: 1 };
    const payloads = await Promise.all([a.payload(change), b.payload(change), a.payload(change)]);
    expect(payloads.map(String)).toEqual(Array(3).fill('{"data":{"n":1}}'));
    expect(payloads[1]).toBe(payloads[0]);
    expect(rendered).toEqual([change]);
    await a.payload({ seq: 2 });
    expect(rendered).toHaveLength(2);
  });

  it('hands over a synchronous rendering at once, and its distinct-connection frame as the same bytes', () => {
    const renderers = createSharedRenderers(() => ({ data: { ok: true } }));
    const renderer = renderers.acquire(agent('anna'), request(INBOX));
    const change = {};
    const payload = renderer.payload(change);
    expect(payload).toBeInstanceOf(Buffer);
    expect(String(payload)).toBe('{"data":{"ok":true}}');
    const frame = renderer.distinctFrame(change);
    expect(String(frame)).toBe('event: next\ndata: {"data":{"ok":true}}\n\n');
    expect(renderer.distinctFrame(change)).toBe(frame);
  });

  it('keeps apart what could render differently: tenant, roles, teams, and variables the selection reads', () => {
    const renderers = createSharedRenderers(async () => ({}));
    const base = renderers.acquire(agent('anna'), request(INBOX));
    expect(renderers.acquire(agent('anna', { tenant: 'globex' }), request(INBOX))).not.toBe(base);
    expect(renderers.acquire(agent('anna', { roles: ['viewer'] }), request(INBOX))).not.toBe(base);
    expect(renderers.acquire(agent('anna', { teams: ['us'] }), request(INBOX))).not.toBe(base);
    expect(renderers.acquire(agent('anna'), request(INBOX, { withOrder: true }))).not.toBe(base);
    expect(renderers.acquire(agent('anna'), request(INBOX.replace('cursor ', '')))).not.toBe(base);
    expect(renderers.size).toBe(6);
  });

  it('counts variables read inside fragments', () => {
    const renderers = createSharedRenderers(async () => ({}));
    const query = `subscription ($v: Boolean!) { exceptionChanges { ...F } }
      fragment F on ExceptionChange { cursor @include(if: $v) }`;
    expect(renderers.acquire(agent('a'), request(query, { v: true }))).not.toBe(
      renderers.acquire(agent('a'), request(query, { v: false })),
    );
  });

  it('renders as nobody in particular: reading the agent fails instead of leaking one view to others', async () => {
    const renderers = createSharedRenderers(async (viewer) => ({ data: { who: viewer.id } }));
    const renderer = renderers.acquire(agent('anna'), request(INBOX));
    await expect(Promise.resolve(renderer.payload({}))).rejects.toThrow(/read the agent/);
  });

  it('keeps frames for the last few changes only, so a change still queued somewhere does not hold its frame', () => {
    let renders = 0;
    const renderers = createSharedRenderers(() => ({ data: { n: ++renders } }));
    const renderer = renderers.acquire(agent('anna'), request(INBOX));
    // A stalled reader's queue keeps every change alive; the renderer must not keep their frames.
    const queued = Array.from({ length: 100 }, (_, seq) => ({ seq }));
    for (const change of queued) renderer.distinctFrame(change);
    expect(renders).toBe(100);
    expect(String(renderer.distinctFrame(queued[99]!))).toContain('"n":100');
    expect(renders).toBe(100);
    // The oldest was forgotten: writing it now renders it again.
    expect(String(renderer.distinctFrame(queued[0]!))).toContain('"n":101');
  });

  it('forgets a renderer when its last subscriber releases it', () => {
    const renderers = createSharedRenderers(async () => ({}));
    const a = renderers.acquire(agent('anna'), request(INBOX));
    const b = renderers.acquire(agent('ben'), request(INBOX));
    a.release();
    expect(renderers.size).toBe(1);
    b.release();
    expect(renderers.size).toBe(0);
    expect(renderers.acquire(agent('anna'), request(INBOX))).not.toBe(a);
  });
});
