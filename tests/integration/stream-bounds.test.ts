import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENTS } from '../../bff/src/auth/demo-agents.js';
import { signToken } from '../../bff/src/auth/sign-token.js';
import { publishExceptionChanges } from '../support/publish-exception-changes.js';
import { stalledReader } from '../support/stalled-reader.js';
import { startStack, type Stack } from '../support/start-stack.js';

const CHANGES = `subscription ($after: String) { exceptionChanges(after: $after) { cursor exception { summary } } }`;
const DRAIN_TIMEOUT_MS = 1000;

/** Reads an event stream to its end (or `ms`), frames split on blank lines. */
async function readStream(res: Response, enough: (frames: string[]) => boolean, ms = 8000) {
  const frames: string[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const timer = setTimeout(() => void reader.cancel(), ms);
  let pending = '';
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      pending += decoder.decode(read.value, { stream: true });
      for (let end = pending.indexOf('\n\n'); end >= 0; end = pending.indexOf('\n\n')) {
        frames.push(pending.slice(0, end));
        pending = pending.slice(end + 2);
      }
      if (enough(frames)) break;
    }
  } finally {
    clearTimeout(timer);
    void reader.cancel().catch(() => {});
  }
  return frames;
}

const isNext = (frame: string) => frame.startsWith('event: next');
const payloadOf = (frame: string) => JSON.parse(frame.slice(frame.indexOf('data: ') + 6));

describe('/graphql/stream bounds', () => {
  let stack: Stack;
  let stream: string;
  const acme = () =>
    stack.orderlens.services.feed.stats().acme ?? { subscribers: 0, queued: 0, overflows: 0 };
  const head = async () =>
    (await stack.gql(`{ exceptions(first: 1) { feedCursor } }`)).body.data.exceptions.feedCursor as string;
  const until = async (test: () => boolean, ms = 5000) => {
    const deadline = Date.now() + ms;
    while (!test() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return test();
  };

  beforeAll(async () => {
    stack = await startStack({}, {}, { streamLimits: { drainTimeoutMs: DRAIN_TIMEOUT_MS } });
    stream = `${stack.url}/graphql/stream`;
  });
  afterAll(() => stack.close());

  it('drops a reader whose socket stays unwritable, and it resumes from its cursor missing nothing', async () => {
    const after = await head();
    // ~12 MB of frames: what loopback's socket buffers take (~4 MB) plus more than the feed's queue
    // bound (1,000), so the queue must overflow.
    const count = 3000;
    const reader = stalledReader(
      stream,
      {
        authorization: `Bearer ${await stack.tokenFor('agent-anna')}`,
        'content-type': 'application/json',
        accept: 'text/event-stream',
      },
      JSON.stringify({ query: CHANGES, variables: { after } }),
    );
    expect(await until(() => acme().subscribers === 1)).toBe(true);

    const started = Date.now();
    await publishExceptionChanges(stack.env.store, stack.orderlens.services.feed, 'acme', count);
    // The feed's own counters: `overflows` says its queue reached the bound and fell back to the
    // table (a peak between two samples could be missed; the counter cannot).
    let last = acme();
    const dropped = await until(() => {
      const now = acme();
      if (now.subscribers > 0) last = now;
      return now.subscribers === 0;
    }, DRAIN_TIMEOUT_MS + 5000);
    expect(dropped).toBe(true);
    // (The client never reads, so it cannot see the close; the kernel holds what it was sent.)
    reader.destroy();
    expect(Date.now() - started).toBeGreaterThanOrEqual(DRAIN_TIMEOUT_MS - 50);
    expect(last.overflows).toBeGreaterThanOrEqual(1);
    expect(last.queued).toBeLessThanOrEqual(1000);
    expect(stack.orderlens.services.feed.stats().acme).toBeUndefined();

    // Back with the cursor it had: everything, in order, once.
    const res = await fetch(stream, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await stack.tokenFor('agent-anna')}`,
        'content-type': 'application/json',
        accept: 'text/event-stream',
      },
      body: JSON.stringify({ query: CHANGES, variables: { after } }),
    });
    const frames = (await readStream(res, (f) => f.filter(isNext).length >= count)).filter(isNext);
    const numbers = frames.map((f) =>
      Number(payloadOf(f).data.exceptionChanges.exception.summary.split(' ')[0]),
    );
    expect(numbers).toEqual(Array.from({ length: count }, (_, i) => i));
  });

  it('ends a distinct connection at its token’s expiry with complete', async () => {
    const token = await signToken(DEMO_AGENTS[0]!, {
      ...stack.env.jwt,
      secret: stack.env.jwt.secret!,
      expiresIn: '2s',
    });
    const opened = Date.now();
    const res = await fetch(stream, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'text/event-stream',
      },
      body: JSON.stringify({ query: CHANGES }),
    });
    expect(res.status).toBe(200);
    const frames = await readStream(res, () => false, 6000);
    expect(Date.now() - opened).toBeLessThan(4000);
    expect(frames.at(-1)).toBe('event: complete\ndata:');
  });

  it('ends a single connection at the expiry of the tokens that opened it, completing each operation', async () => {
    const token = await signToken(DEMO_AGENTS[0]!, {
      ...stack.env.jwt,
      secret: stack.env.jwt.secret!,
      expiresIn: '2s',
    });
    const long = await stack.tokenFor('agent-anna');
    // Reserved with a long-lived token; the stream opened with a short one ends with the short one.
    const reserved = await fetch(stream, { method: 'PUT', headers: { authorization: `Bearer ${long}` } });
    const id = await reserved.text();
    const started = await fetch(stream, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${long}`,
        'content-type': 'application/json',
        'x-graphql-event-stream-token': id,
      },
      body: JSON.stringify({ query: CHANGES, extensions: { operationId: 'inbox' } }),
    });
    expect(started.status).toBe(202);
    const opened = Date.now();
    const res = await fetch(`${stream}?token=${id}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    });
    expect(res.status).toBe(200);
    const frames = await readStream(res, () => false, 6000);
    expect(Date.now() - opened).toBeLessThan(4000);
    expect(frames.filter((f) => f.startsWith('event: complete')).map(payloadOf)).toEqual([{ id: 'inbox' }]);
    // The reservation is gone with it.
    const again = await fetch(`${stream}?token=${id}`, {
      headers: { authorization: `Bearer ${long}`, accept: 'text/event-stream' },
    });
    expect(again.status).toBe(404);
  });
});
