import type { Context } from 'hono';
import type { Viewer } from '../../auth/viewer.js';
import type { AgentStreamCount } from './agent-stream-count.js';
import { openSink } from './open-sink.js';
import type { PrepareSubscription } from './prepare-subscription.js';
import { completeFrame, type StartOperation } from './start-subscription.js';
import { readStreamParams } from './stream-params.js';
import { requestErrors, streamProblem } from './stream-problem.js';
import { endAt } from './token-expiry.js';

export interface DistinctStreamDeps {
  prepare: PrepareSubscription;
  start: StartOperation;
  /** The agent's streams, shared with the reserved ones. */
  count: AgentStreamCount;
  tooMany(c: Context): Response;
  drainTimeoutMs: number;
}

/**
 * graphql-sse's distinct connections mode: one subscription per request (`accept:
 * text/event-stream`, POST or GET), its stream the response. It takes one of the agent's places
 * until it closes, and ends at its token's `exp` with `complete`.
 * @example const distinct = createDistinctStream({ prepare, start, count, tooMany, drainTimeoutMs }); return distinct.open(c, viewer, requestId, owner, headers, endsAt);
 */
export function createDistinctStream(deps: DistinctStreamDeps) {
  return {
    async open(
      c: Context,
      viewer: Viewer,
      requestId: string,
      owner: string,
      headers: Record<string, string>,
      endsAt: number | null,
    ): Promise<Response> {
      if (!deps.count.hold(owner)) return deps.tooMany(c);
      let opened = false;
      try {
        const params = await readStreamParams(c);
        if (!params) return streamProblem(c, 400, 'The request must be a GraphQL request.');
        const request = deps.prepare(c.req.raw, viewer, requestId, params);
        if ('errors' in request) return requestErrors(c, request.errors);
        const { sink, response } = openSink(c, headers, { drainTimeoutMs: deps.drainTimeoutMs });
        opened = true;
        const cancelEnd =
          endsAt === null
            ? () => {}
            : endAt(endsAt, () => {
                sink.write(completeFrame(null));
                sink.end();
              });
        sink.onClose(() => {
          cancelEnd();
          deps.count.letGo(owner);
        });
        const running = await deps.start(viewer, requestId, request, sink, null, () => sink.end());
        sink.onClose(() => running.stop());
        return response;
      } finally {
        if (!opened) deps.count.letGo(owner);
      }
    },
  };
}
