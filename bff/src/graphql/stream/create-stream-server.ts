import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { execute, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Context } from 'hono';
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Viewer } from '../../auth/viewer.js';
import type { GraphQLContext } from '../context.js';
import type { YogaServer } from '../yoga.js';
import { prepareSubscription, type StreamParams } from './prepare-subscription.js';
import { createSharedRenderers, type RenderChange, type SubscriptionRequest } from './shared-renderers.js';
import { nodeSink, webSink, type SseSink } from './sse-sink.js';
import { endAt, tokenExpiry } from './token-expiry.js';
import {
  completeFrame,
  maskResult,
  startSubscription,
  type FrameWriter,
  type RunningSubscription,
} from './start-subscription.js';

export interface StreamServerDeps {
  yoga: YogaServer;
  schema: GraphQLSchema;
  /** A request's GraphQL context, as `/graphql` builds it. */
  context(viewer: Viewer, requestId: string): GraphQLContext;
  limits?: Partial<StreamLimits>;
}

export interface StreamLimits {
  /** Streams one agent may hold at once, reserved and distinct together (a tab each). */
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

/** An agent's single connection: reserved by PUT, opened by GET, given operations by POST. */
interface Reservation {
  token: string;
  owner: string;
  sink: SseSink | null;
  /** Frames written before the GET arrived (graphql-sse may POST first). */
  pending: (string | Buffer)[];
  operations: Map<string, RunningSubscription | null>;
  expiry: NodeJS.Timeout | null;
  /** The earliest `exp` (ms) of the tokens that reserved, opened or added to it, and its timer. */
  endsAt: number | null;
  cancelEnd: () => void;
}

const TOKEN_HEADER = 'x-graphql-event-stream-token';
/** A reservation nobody opens is dropped after this long. */
const RESERVATION_MS = 30_000;
/** Operations one stream may carry; a desk tab needs a handful. */
const MAX_OPERATIONS = 100;
/** Frames kept for a reserved stream until it is opened; past this it is dropped as abandoned. */
const MAX_PENDING_FRAMES = 1000;

/**
 * GraphQL over SSE at `/graphql/stream`, the graphql-sse protocol in both modes: a distinct
 * connection per subscription (`accept: text/event-stream`, POST or GET), and the single connection
 * an agent's tab shares between all its subscriptions (PUT reserves a token, GET opens the stream,
 * POST starts an operation and answers 202 once it is registered, DELETE stops one). A reserved
 * stream belongs to the agent who reserved it; anyone else is told it does not exist.
 *
 * It is our own rather than graphql-sse's handler behind Yoga because of the fan-out: there every
 * subscriber executed and serialised every change itself and each frame crossed two web streams.
 * Here a change is rendered once per shared selection (`createSharedRenderers`) and each frame is
 * one write to the socket (decision 0010). Parsing and validation are still Yoga's.
 *
 * Bounded per agent and in time: an agent holds at most `maxStreamsPerAgent` streams of either
 * kind (429 past it); a socket that stays unwritable for `drainTimeoutMs` is dropped (its client
 * resumes from its last cursor); and every stream ends at its token's `exp` with `complete` for
 * each operation, so the client comes back with a fresh token.
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
  const reservations = new Map<string, Reservation>();
  const ownerOf = (viewer: Viewer) => `${viewer.tenant}\n${viewer.id}`;
  /** Open or reserved streams per agent, both kinds. */
  const held = new Map<string, number>();
  const hold = (owner: string): boolean => {
    const count = held.get(owner) ?? 0;
    if (count >= limits.maxStreamsPerAgent) return false;
    held.set(owner, count + 1);
    return true;
  };
  const letGo = (owner: string) => {
    const count = (held.get(owner) ?? 1) - 1;
    if (count > 0) held.set(owner, count);
    else held.delete(owner);
  };
  const tooMany = (c: Context) =>
    problem(c, 429, `An agent may hold at most ${limits.maxStreamsPerAgent} streams at once.`);

  function start(
    viewer: Viewer,
    requestId: string,
    request: SubscriptionRequest,
    writer: FrameWriter,
    id: string | null,
    onEnd: () => void,
  ) {
    return startSubscription({
      schema: deps.schema,
      request,
      viewer,
      contextValue: deps.context(viewer, requestId),
      renderers,
      writer,
      id,
      onEnd,
    });
  }

  /** Opens the response stream: straight on Node's socket when there is one, else a web stream. */
  function openSink(c: Context, headers: Record<string, string>): { sink: SseSink; response: Response } {
    const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
    if (outgoing)
      return {
        sink: nodeSink(outgoing, headers, { drainTimeoutMs: limits.drainTimeoutMs }),
        response: RESPONSE_ALREADY_SENT,
      };
    return webSink(headers);
  }

  function reserve(viewer: Viewer, endsAt: number | null): string {
    const token = randomUUID();
    const reservation: Reservation = {
      token,
      owner: ownerOf(viewer),
      sink: null,
      pending: [],
      operations: new Map(),
      expiry: setTimeout(() => dispose(token), RESERVATION_MS),
      endsAt: null,
      cancelEnd: () => {},
    };
    reservation.expiry!.unref();
    reservations.set(token, reservation);
    endReservationBy(reservation, endsAt);
    return token;
  }

  /** A stream lives no longer than any token that reserved, opened or added to it. */
  function endReservationBy(reservation: Reservation, endsAt: number | null) {
    if (endsAt === null || (reservation.endsAt !== null && reservation.endsAt <= endsAt)) return;
    reservation.cancelEnd();
    reservation.endsAt = endsAt;
    reservation.cancelEnd = endAt(endsAt, () => {
      for (const id of reservation.operations.keys()) writerOf(reservation).write(completeFrame(id));
      dispose(reservation.token);
    });
  }

  function dispose(token: string) {
    const reservation = reservations.get(token);
    if (!reservation) return;
    reservations.delete(token);
    letGo(reservation.owner);
    reservation.cancelEnd();
    if (reservation.expiry) clearTimeout(reservation.expiry);
    for (const operation of reservation.operations.values()) operation?.stop();
    reservation.operations.clear();
    reservation.sink?.end();
  }

  function writerOf(reservation: Reservation): FrameWriter {
    return {
      write: (frame) => {
        if (reservation.sink) return reservation.sink.write(frame);
        if (reservation.pending.push(frame) > MAX_PENDING_FRAMES) dispose(reservation.token);
        return true;
      },
      drained: () => reservation.sink?.drained() ?? Promise.resolve(),
    };
  }

  /** `headers`: CORS for a stream-opening request, which the shell's middleware does not answer. */
  async function handle(
    c: Context,
    viewer: Viewer,
    requestId: string,
    headers: Record<string, string>,
  ): Promise<Response> {
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    const method = c.req.method;
    const endsAt = tokenExpiry(c.req.header('authorization'));
    if (method === 'PUT') {
      if (!hold(ownerOf(viewer))) return tooMany(c);
      return c.text(reserve(viewer, endsAt), 201);
    }
    const token = c.req.header(TOKEN_HEADER) ?? c.req.query('token');
    if (token) {
      const reservation = reservations.get(token);
      if (!reservation || reservation.owner !== ownerOf(viewer)) return problem(c, 404, 'Stream not found.');
      if (method === 'GET' || method === 'POST') endReservationBy(reservation, endsAt);
      if (method === 'GET') return openReserved(c, reservation, headers);
      if (method === 'POST') return startReserved(c, viewer, requestId, reservation);
      if (method === 'DELETE') {
        const id = c.req.query('operationId') ?? '';
        if (!reservation.operations.has(id)) return problem(c, 404, 'Operation not found.');
        reservation.operations.get(id)?.stop();
        reservation.operations.delete(id);
        return c.body(null, 200);
      }
    } else if ((c.req.header('accept') ?? '').includes('text/event-stream')) {
      if (method === 'GET' || method === 'POST') return startDistinct(c, viewer, requestId, headers, endsAt);
    }
    return problem(
      c,
      400,
      'Reserve a stream with PUT, or open one with `accept: text/event-stream` (GraphQL over SSE).',
    );
  }

  function openReserved(c: Context, reservation: Reservation, headers: Record<string, string>): Response {
    if (reservation.sink) return problem(c, 409, 'Stream already open.');
    if (reservation.expiry) clearTimeout(reservation.expiry);
    reservation.expiry = null;
    const { sink, response } = openSink(c, headers);
    reservation.sink = sink;
    for (const frame of reservation.pending.splice(0)) sink.write(frame);
    sink.onClose(() => dispose(reservation.token));
    return response;
  }

  async function startReserved(
    c: Context,
    viewer: Viewer,
    requestId: string,
    reservation: Reservation,
  ): Promise<Response> {
    const params = await bodyOf(c);
    if (!params) return problem(c, 400, 'The body must be a JSON GraphQL request.');
    const extensions = params.extensions as { operationId?: unknown } | undefined;
    const id = extensions?.operationId;
    if (typeof id !== 'string' || !id) return problem(c, 400, 'extensions.operationId is required.');
    if (reservation.operations.has(id)) return problem(c, 409, `Operation "${id}" is already running.`);
    if (reservation.operations.size >= MAX_OPERATIONS)
      return problem(c, 429, `A stream carries at most ${MAX_OPERATIONS} operations.`);
    const request = prepareSubscription(deps.yoga, c.req.raw, viewer, requestId, params);
    if ('errors' in request) return errors(c, request.errors);
    reservation.operations.set(id, null); // taken while the source is created
    let running: RunningSubscription | undefined;
    running = await start(viewer, requestId, request, writerOf(reservation), id, () => {
      if (reservation.operations.get(id) === (running ?? null)) reservation.operations.delete(id);
    });
    // Stopped (DELETE), ended, or the stream gone while the source was created: stop it now.
    const current = reservations.get(reservation.token) === reservation && reservation.operations.has(id);
    if (current) reservation.operations.set(id, running);
    else running.stop();
    return c.body(null, 202);
  }

  async function startDistinct(
    c: Context,
    viewer: Viewer,
    requestId: string,
    headers: Record<string, string>,
    endsAt: number | null,
  ): Promise<Response> {
    const owner = ownerOf(viewer);
    if (!hold(owner)) return tooMany(c);
    let opened = false;
    try {
      const params = c.req.method === 'POST' ? await bodyOf(c) : queryParams(c);
      if (!params) return problem(c, 400, 'The request must be a GraphQL request.');
      const request = prepareSubscription(deps.yoga, c.req.raw, viewer, requestId, params);
      if ('errors' in request) return errors(c, request.errors);
      const { sink, response } = openSink(c, headers);
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
        letGo(owner);
      });
      const running = await start(viewer, requestId, request, sink, null, () => sink.end());
      sink.onClose(() => running.stop());
      return response;
    } finally {
      if (!opened) letGo(owner);
    }
  }

  return {
    handle,
    /** Ends every reserved stream (their subscriptions end with the change feed). */
    close() {
      for (const token of [...reservations.keys()]) dispose(token);
    },
  };
}

export type StreamServer = ReturnType<typeof createStreamServer>;

async function bodyOf(c: Context): Promise<StreamParams | null> {
  try {
    const body: unknown = await c.req.json();
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as StreamParams) : null;
  } catch {
    return null;
  }
}

function queryParams(c: Context): StreamParams | null {
  const variables = c.req.query('variables');
  const extensions = c.req.query('extensions');
  try {
    return {
      query: c.req.query('query'),
      operationName: c.req.query('operationName'),
      variables: variables ? JSON.parse(variables) : undefined,
      extensions: extensions ? JSON.parse(extensions) : undefined,
    };
  } catch {
    return null;
  }
}

/** The code each refusal of the protocol carries, as GraphQL errors do elsewhere. */
const PROBLEM_CODE = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
} as const;

const problem = (c: Context, status: keyof typeof PROBLEM_CODE, message: string) =>
  c.json({ errors: [{ message, extensions: { code: PROBLEM_CODE[status] } }] }, status);

/** Request errors as Yoga answers them: `extensions.http` is a status hint for the server, not the client. */
const errors = (c: Context, list: readonly GraphQLError[]) =>
  c.json({ errors: list.map((e) => withoutHttp(e.toJSON())) }, 400);

function withoutHttp(error: ReturnType<GraphQLError['toJSON']>) {
  if (!error.extensions || !('http' in error.extensions)) return error;
  const { http: _hint, ...extensions } = error.extensions;
  return { ...error, extensions };
}
