import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { execute, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Context } from 'hono';
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Viewer } from '../auth/viewer.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { YogaServer } from '../graphql/yoga.js';
import { prepareSubscription, type StreamParams } from './prepare-subscription.js';
import { createSharedRenderers, type RenderChange, type SubscriptionRequest } from './shared-renderers.js';
import { nodeSink, webSink, type SseSink } from './sse-sink.js';
import {
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
}

/** An agent's single connection: reserved by PUT, opened by GET, given operations by POST. */
interface Reservation {
  token: string;
  owner: string;
  sink: SseSink | null;
  /** Frames written before the GET arrived (graphql-sse may POST first). */
  pending: (string | Buffer)[];
  operations: Map<string, RunningSubscription | null>;
  expiry: NodeJS.Timeout | null;
}

const TOKEN_HEADER = 'x-graphql-event-stream-token';
/** A reservation nobody opens is dropped after this long. */
const RESERVATION_MS = 30_000;
/** Operations one stream may carry; a desk tab needs a handful. */
const MAX_OPERATIONS = 100;
/** Streams one agent may hold at once (a tab each); more is a leak or a flood, not a desk. */
const MAX_STREAMS_PER_AGENT = 50;
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
  const reservations = new Map<string, Reservation>();
  const ownerOf = (viewer: Viewer) => `${viewer.tenant}\n${viewer.id}`;

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
    if (outgoing) return { sink: nodeSink(outgoing, headers), response: RESPONSE_ALREADY_SENT };
    return webSink(headers);
  }

  function reserve(viewer: Viewer): string {
    const token = randomUUID();
    const reservation: Reservation = {
      token,
      owner: ownerOf(viewer),
      sink: null,
      pending: [],
      operations: new Map(),
      expiry: setTimeout(() => dispose(token), RESERVATION_MS),
    };
    reservation.expiry!.unref();
    reservations.set(token, reservation);
    return token;
  }

  function dispose(token: string) {
    const reservation = reservations.get(token);
    if (!reservation) return;
    reservations.delete(token);
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
    if (method === 'PUT') {
      const owner = ownerOf(viewer);
      const held = [...reservations.values()].filter((r) => r.owner === owner).length;
      if (held >= MAX_STREAMS_PER_AGENT)
        return problem(c, 429, `An agent may hold at most ${MAX_STREAMS_PER_AGENT} streams at once.`);
      return c.text(reserve(viewer), 201);
    }
    const token = c.req.header(TOKEN_HEADER) ?? c.req.query('token');
    if (token) {
      const reservation = reservations.get(token);
      if (!reservation || reservation.owner !== ownerOf(viewer)) return problem(c, 404, 'Stream not found.');
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
      if (method === 'GET' || method === 'POST') return startDistinct(c, viewer, requestId, headers);
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
  ): Promise<Response> {
    const params = c.req.method === 'POST' ? await bodyOf(c) : queryParams(c);
    if (!params) return problem(c, 400, 'The request must be a GraphQL request.');
    const request = prepareSubscription(deps.yoga, c.req.raw, viewer, requestId, params);
    if ('errors' in request) return errors(c, request.errors);
    const { sink, response } = openSink(c, headers);
    const running = await start(viewer, requestId, request, sink, null, () => sink.end());
    sink.onClose(() => running.stop());
    return response;
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

const problem = (c: Context, status: 400 | 404 | 409 | 429, message: string) =>
  c.json({ errors: [{ message }] }, status);

const errors = (c: Context, list: readonly GraphQLError[]) =>
  c.json({ errors: list.map((e) => e.toJSON()) }, 400);
