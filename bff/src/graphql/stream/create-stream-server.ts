import { execute, type GraphQLSchema } from 'graphql';
import type { Context } from 'hono';
import type { Viewer } from '../../auth/viewer.js';
import type { GraphQLContext } from '../context.js';
import type { YogaServer } from '../yoga.js';
import { createAgentStreamCount, streamOwner } from './agent-stream-count.js';
import { createDistinctStream } from './distinct-stream.js';
import { prepareSubscription, type PrepareSubscription } from './prepare-subscription.js';
import { createReservations } from './reservations.js';
import { createSharedRenderers, type RenderChange } from './shared-renderers.js';
import { maskResult, startSubscription, type StartOperation } from './start-subscription.js';
import { streamProblem } from './stream-problem.js';
import { tokenExpiry } from './token-expiry.js';

export interface StreamServerDeps {
  yoga: YogaServer;
  schema: GraphQLSchema;
  /** A request's GraphQL context, as `/graphql` builds it. */
  context(viewer: Viewer, requestId: string): GraphQLContext;
  limits?: Partial<StreamLimits>;
  /** Whether request errors keep graphql-js's "Did you mean" hints, as on `/graphql`; off by default. */
  exploration?: boolean;
}

export interface StreamLimits {
  /**
   * Streams one agent may hold at once, reserved and distinct together (a tab each), per process:
   * N replicas let an agent hold N times as many (a bound on a flood, not a quota).
   */
  maxStreamsPerAgent: number;
  /** How long a socket may stay unwritable after a full write before its stream is dropped. */
  drainTimeoutMs: number;
}

const DEFAULT_LIMITS: StreamLimits = {
  // More than a desk's tabs is a leak or a flood, not a desk.
  maxStreamsPerAgent: 50,
  // Long enough for a phone that lost its signal for a moment, short enough that a reader that
  // stopped reading does not hold its buffered frames for long.
  drainTimeoutMs: 30_000,
};

const TOKEN_HEADER = 'x-graphql-event-stream-token';

/**
 * GraphQL over SSE at `/graphql/stream`, the graphql-sse protocol in both modes: a distinct
 * connection per subscription (`accept: text/event-stream`, POST or GET; `createDistinctStream`),
 * and the single connection an agent's tab shares between all its subscriptions (PUT reserves a
 * token, GET opens the stream, POST starts an operation and answers 202 once it is registered,
 * DELETE stops one; `createReservations`).
 *
 * It is our own rather than graphql-sse's handler behind Yoga because of the fan-out: there every
 * subscriber executed and serialised every change itself and each frame crossed two web streams.
 * Here a change is rendered once per shared selection (`createSharedRenderers`) and each frame is
 * one write to the socket (decision 0010). Parsing and validation are still Yoga's.
 *
 * Bounded per agent and in time: an agent holds at most `maxStreamsPerAgent` streams of either
 * kind (429 past it; counted per process, `createAgentStreamCount`); a socket that stays
 * unwritable for `drainTimeoutMs` is dropped (its client resumes from its last cursor); and every
 * stream ends at its token's `exp` with `complete` for each operation, so the client comes back
 * with a fresh token.
 * @example app.on(['GET', 'POST', 'PUT', 'DELETE'], '/graphql/stream', (c) => streams.handle(c, viewer, requestId, {}));
 */
export function createStreamServer(deps: StreamServerDeps) {
  const render: RenderChange = (viewer, request, change) => {
    const result = execute({
      schema: deps.schema,
      document: request.document,
      rootValue: change,
      contextValue: deps.context(viewer, 'subscription'),
      variableValues: request.variables,
      operationName: request.operationName,
    });
    return result instanceof Promise ? result.then(maskResult) : maskResult(result);
  };
  const renderers = createSharedRenderers(render);
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const exploration = deps.exploration ?? false;
  const prepare: PrepareSubscription = (request, viewer, requestId, params) =>
    prepareSubscription(deps.yoga, request, viewer, requestId, params, { exploration });
  const start: StartOperation = (viewer, requestId, request, writer, id, onEnd) =>
    startSubscription({
      schema: deps.schema,
      request,
      viewer,
      contextValue: deps.context(viewer, requestId),
      renderers,
      writer,
      id,
      onEnd,
    });
  const count = createAgentStreamCount({ max: limits.maxStreamsPerAgent });
  const tooMany = (c: Context) =>
    streamProblem(c, 429, `An agent may hold at most ${limits.maxStreamsPerAgent} streams at once.`);
  const modes = { prepare, start, count, tooMany, drainTimeoutMs: limits.drainTimeoutMs };
  const reservations = createReservations(modes);
  const distinct = createDistinctStream(modes);

  /** `headers`: CORS for a stream-opening request, which the shell's middleware does not answer. */
  async function handle(
    c: Context,
    viewer: Viewer,
    requestId: string,
    headers: Record<string, string>,
  ): Promise<Response> {
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    const method = c.req.method;
    const owner = streamOwner(viewer);
    const endsAt = tokenExpiry(c.req.header('authorization'));
    if (method === 'PUT') return reservations.reserve(c, owner, endsAt);
    const token = c.req.header(TOKEN_HEADER) ?? c.req.query('token');
    if (token) {
      const answer = await reservations.handle(c, viewer, requestId, owner, token, endsAt, headers);
      if (answer) return answer;
    } else if ((c.req.header('accept') ?? '').includes('text/event-stream')) {
      if (method === 'GET' || method === 'POST')
        return distinct.open(c, viewer, requestId, owner, headers, endsAt);
    }
    return streamProblem(
      c,
      400,
      'Reserve a stream with PUT, or open one with `accept: text/event-stream` (GraphQL over SSE).',
    );
  }

  return { handle, close: reservations.close };
}

export type StreamServer = ReturnType<typeof createStreamServer>;
