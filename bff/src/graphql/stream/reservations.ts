import type { Context } from 'hono';
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../../auth/viewer.js';
import type { AgentStreamCount } from './agent-stream-count.js';
import { openSink } from './open-sink.js';
import type { PrepareSubscription } from './prepare-subscription.js';
import type { SseSink } from './sse-sink.js';
import {
  completeFrame,
  type FrameWriter,
  type RunningSubscription,
  type StartOperation,
} from './start-subscription.js';
import { readStreamParams } from './stream-params.js';
import { requestErrors, streamProblem } from './stream-problem.js';
import { endAt } from './token-expiry.js';

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

/** A reservation nobody opens is dropped after this long. */
const RESERVATION_MS = 30_000;
/** Operations one stream may carry; a desk tab needs a handful. */
const MAX_OPERATIONS = 100;
/** Frames kept for a reserved stream until it is opened; past this it is dropped as abandoned. */
const MAX_PENDING_FRAMES = 1000;

export interface ReservationsDeps {
  prepare: PrepareSubscription;
  start: StartOperation;
  /** The agent's streams, shared with the distinct ones. */
  count: AgentStreamCount;
  tooMany(c: Context): Response;
  drainTimeoutMs: number;
}

/**
 * graphql-sse's single connection mode: PUT reserves a stream and answers its token, GET opens it,
 * POST starts an operation on it (202 once registered), DELETE stops one. A reserved stream is its
 * agent's (anyone else is told it does not exist), takes one of the agent's places until it is
 * gone, and lives no longer than the earliest `exp` of the tokens that reserved, opened or added
 * to it, ending with `complete` for each operation.
 * @example const reservations = createReservations({ prepare, start, count, tooMany, drainTimeoutMs }); return reservations.reserve(c, owner, endsAt);
 */
export function createReservations(deps: ReservationsDeps) {
  const reservations = new Map<string, Reservation>();

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
    deps.count.letGo(reservation.owner);
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

  function open(c: Context, reservation: Reservation, headers: Record<string, string>): Response {
    if (reservation.sink) return streamProblem(c, 409, 'Stream already open.');
    if (reservation.expiry) clearTimeout(reservation.expiry);
    reservation.expiry = null;
    const { sink, response } = openSink(c, headers, { drainTimeoutMs: deps.drainTimeoutMs });
    reservation.sink = sink;
    for (const frame of reservation.pending.splice(0)) sink.write(frame);
    sink.onClose(() => dispose(reservation.token));
    return response;
  }

  async function startOperation(
    c: Context,
    viewer: Viewer,
    requestId: string,
    reservation: Reservation,
  ): Promise<Response> {
    const params = await readStreamParams(c);
    if (!params) return streamProblem(c, 400, 'The body must be a JSON GraphQL request.');
    const extensions = params.extensions as { operationId?: unknown } | undefined;
    const id = extensions?.operationId;
    if (typeof id !== 'string' || !id) return streamProblem(c, 400, 'extensions.operationId is required.');
    if (reservation.operations.has(id)) return streamProblem(c, 409, `Operation "${id}" is already running.`);
    if (reservation.operations.size >= MAX_OPERATIONS)
      return streamProblem(c, 429, `A stream carries at most ${MAX_OPERATIONS} operations.`);
    const request = deps.prepare(c.req.raw, viewer, requestId, params);
    if ('errors' in request) return requestErrors(c, request.errors);
    reservation.operations.set(id, null); // taken while the source is created
    let running: RunningSubscription | undefined;
    running = await deps.start(viewer, requestId, request, writerOf(reservation), id, () => {
      if (reservation.operations.get(id) === (running ?? null)) reservation.operations.delete(id);
    });
    // Stopped (DELETE), ended, or the stream gone while the source was created: stop it now.
    const current = reservations.get(reservation.token) === reservation && reservation.operations.has(id);
    if (current) reservation.operations.set(id, running);
    else running.stop();
    return c.body(null, 202);
  }

  function stopOperation(c: Context, reservation: Reservation): Response {
    const id = c.req.query('operationId') ?? '';
    if (!reservation.operations.has(id)) return streamProblem(c, 404, 'Operation not found.');
    reservation.operations.get(id)?.stop();
    reservation.operations.delete(id);
    return c.body(null, 200);
  }

  return {
    /** PUT: a new reservation for `owner`, answered with its token (201), or 429 past the bound. */
    reserve(c: Context, owner: string, endsAt: number | null): Response {
      if (!deps.count.hold(owner)) return deps.tooMany(c);
      const token = randomUUID();
      const reservation: Reservation = {
        token,
        owner,
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
      return c.text(token, 201);
    },

    /** GET, POST or DELETE on the reserved stream `token`; null for any other method. */
    async handle(
      c: Context,
      viewer: Viewer,
      requestId: string,
      owner: string,
      token: string,
      endsAt: number | null,
      headers: Record<string, string>,
    ): Promise<Response | null> {
      const reservation = reservations.get(token);
      if (!reservation || reservation.owner !== owner) return streamProblem(c, 404, 'Stream not found.');
      const method = c.req.method;
      if (method === 'GET' || method === 'POST') endReservationBy(reservation, endsAt);
      if (method === 'GET') return open(c, reservation, headers);
      if (method === 'POST') return startOperation(c, viewer, requestId, reservation);
      if (method === 'DELETE') return stopOperation(c, reservation);
      return null;
    },

    /** Ends every reserved stream (their subscriptions end with the change feed). */
    close() {
      for (const token of [...reservations.keys()]) dispose(token);
    },
  };
}
