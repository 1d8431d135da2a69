import { createSourceEventStream, GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Viewer } from '../../auth/viewer.js';
import type { GraphQLContext } from '../context.js';
import { maskError } from '../errors.js';
import { DIRECT, type DirectFeed } from '../../events/feed-subscription.js';
import type { FeedChange } from '../../events/tenant-tail.js';
import { asBadUserInput } from './bad-user-input.js';
import type { SharedRenderers, SubscriptionRequest } from './shared-renderers.js';

/** Where an operation's frames go: its own stream, or its share of an agent's single stream. */
export interface FrameWriter {
  write(frame: string | Buffer): boolean;
  drained(): Promise<void>;
}

export interface RunningSubscription {
  /** Ends the operation: its source is returned and a `complete` frame is sent. */
  stop(): void;
}

/** Starts an operation for a viewer's request, its frames to `writer`: `startSubscription`, bound. */
export type StartOperation = (
  viewer: Viewer,
  requestId: string,
  request: SubscriptionRequest,
  writer: FrameWriter,
  /** The graphql-sse operation id in single connection mode; null on a distinct connection. */
  id: string | null,
  onEnd: () => void,
) => Promise<RunningSubscription>;

/** The graphql-sse `complete` frame of an operation (`id`), or of a distinct connection (null). */
export const completeFrame = (id: string | null): string =>
  id === null ? 'event: complete\ndata:\n\n' : `event: complete\ndata: {"id":${JSON.stringify(id)}}\n\n`;

/** A result as it leaves the BFF: every error masked (`maskError`), as Yoga does on /graphql. */
export type MaskedResult = Omit<ExecutionResult, 'errors'> & { errors?: readonly Error[] };

export const maskResult = (result: ExecutionResult): MaskedResult =>
  result.errors ? { ...result, errors: result.errors.map((e) => maskError(e, 'Unexpected error.')) } : result;

/**
 * An error as written on the stream: masked, and coded; one without a code after masking is the
 * request's own (graphql-js's), so it is `BAD_USER_INPUT` and loses its "Did you mean" hint.
 */
const streamError = (error: unknown): Error => {
  const masked = maskError(error, 'Unexpected error.');
  return masked instanceof GraphQLError && masked.extensions.code === undefined
    ? asBadUserInput(masked, { hint: false })
    : masked;
};

/**
 * Starts one subscription and pumps it: the root field's `subscribe` resolver gives this
 * subscriber's source (its cursor, its filter), and each change it yields is rendered by the
 * renderer it shares with every subscriber of the same selection, then written as a graphql-sse
 * `next` frame (`{"id","payload"}` on a single connection, the bare result on a distinct one). The
 * per-subscriber cost of a live change is one string concatenation and one socket write. A full
 * socket buffer pauses this subscriber only; its feed then falls back to reading the table.
 * Resolves once the source exists (the feed has registered it), so a 202 means nothing is missed.
 */
export async function startSubscription(options: {
  schema: GraphQLSchema;
  request: SubscriptionRequest;
  viewer: Viewer;
  contextValue: GraphQLContext;
  renderers: SharedRenderers;
  writer: FrameWriter;
  /** The graphql-sse operation id in single connection mode; null on a distinct connection. */
  id: string | null;
  onEnd(): void;
}): Promise<RunningSubscription> {
  const { request, writer, id } = options;
  const quotedId = id === null ? '' : JSON.stringify(id);
  const prefix = id === null ? 'event: next\ndata: ' : `event: next\ndata: {"id":${quotedId},"payload":`;
  const suffix = id === null ? '\n\n' : '}\n\n';
  // Frames are written as bytes: the payload is encoded once per change, and a socket takes a
  // Buffer as it is where a string would be measured and encoded again for every subscriber.
  const prefixBytes = Buffer.from(prefix);
  const suffixBytes = Buffer.from(suffix);
  const withId = (payload: Buffer) =>
    Buffer.concat(
      [prefixBytes, payload, suffixBytes],
      prefixBytes.length + payload.length + suffixBytes.length,
    );
  const complete = completeFrame(id);

  let source: AsyncIterable<unknown> | MaskedResult;
  try {
    const created = await createSourceEventStream({
      schema: options.schema,
      document: request.document,
      contextValue: options.contextValue,
      variableValues: request.variables,
      operationName: request.operationName,
    });
    source = Symbol.asyncIterator in created ? created : { errors: created.errors?.map(streamError) };
  } catch (error) {
    source = { errors: [streamError(error)] };
  }
  if (!(Symbol.asyncIterator in source)) {
    // Bad variables, or the subscribe resolver refused (an unknown order): one result, then complete.
    writer.write(prefix + JSON.stringify(source) + suffix);
    writer.write(complete);
    options.onEnd();
    return { stop() {} };
  }

  const changes = source[Symbol.asyncIterator]();
  const renderer = options.renderers.acquire(options.viewer, request);
  // On a distinct connection every subscriber of the renderer writes the very same bytes.
  const frameOf = (change: object): Buffer | Promise<Buffer> => {
    if (id === null) return renderer.distinctFrame(change);
    const payload = renderer.payload(change);
    return payload instanceof Promise ? payload.then(withId) : withId(payload);
  };
  let stopped = false;
  let full = false;
  // The fast path: while this loop waits, the tenant's tail hands a live change straight here and
  // its frame is written at once, in the tail's own loop over its subscribers. A frame that is not
  // ready yet, or a full socket, leaves the change to `next()` and the loop below.
  const direct = DIRECT in changes ? (changes as DirectFeed)[DIRECT] : null;
  const take = (change: FeedChange) => {
    if (stopped || full) return false;
    const frame = frameOf(change);
    if (!(frame instanceof Buffer)) return false;
    full = !writer.write(frame);
    return true;
  };
  void (async () => {
    try {
      for (;;) {
        direct?.call(changes, take);
        const step = await changes.next();
        direct?.call(changes, null);
        if (step.done || stopped) break;
        if (full) await writer.drained();
        const ready = frameOf(step.value as object);
        const frame = ready instanceof Buffer ? ready : await ready;
        if (stopped) break;
        full = !writer.write(frame);
        if (full) await writer.drained();
        full = false;
      }
    } catch (error) {
      writer.write(prefix + JSON.stringify({ errors: [streamError(error)] }) + suffix);
    } finally {
      renderer.release();
      writer.write(complete);
      options.onEnd();
    }
  })();
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      void changes.return?.();
    },
  };
}
