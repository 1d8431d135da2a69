import { createClient, type Client } from 'graphql-sse';

/** One exception change as a subscriber saw it. */
export interface SeenChange {
  cursor: string;
  kind: string;
  id: string;
}

export interface ResumingSubscriber {
  readonly received: readonly SeenChange[];
  /** The cursor of the last change received (the initial one before any). */
  readonly cursor: string;
  /** True once the first stream has been accepted by a replica. */
  readonly connected: boolean;
  /** Streams opened again after an error or an unexpected end. */
  readonly reconnections: number;
  /** Payloads that were not a change (GraphQL errors, another shape). */
  readonly invalid: number;
  /** Why streams ended, and what the invalid payloads were. */
  readonly problems: readonly string[];
  stop(): void;
}

const CHANGES = /* GraphQL */ `
  subscription ($after: String) {
    exceptionChanges(after: $after) {
      cursor
      kind
      exception {
        id
      }
    }
  }
`;

/**
 * An agent's live inbox stream as a careful client keeps it: `exceptionChanges(after: cursor)` over
 * graphql-sse, and when the stream fails or ends (its replica died, say) it subscribes again on the
 * next replica in `urls`, after the last cursor it received, so it neither misses nor repeats.
 * @example const s = startResumingSubscriber({ urls: [a, b], token, after: feedCursor }); … s.stop();
 */
export function startResumingSubscriber(options: {
  urls: readonly string[];
  token: string;
  after: string;
  /** The index in `urls` to start on. */
  start?: number;
}): ResumingSubscriber {
  const received: SeenChange[] = [];
  const problems: string[] = [];
  let cursor = options.after;
  let index = options.start ?? 0;
  let connected = false;
  let reconnections = 0;
  let invalid = 0;
  let failuresInARow = 0;
  let stopped = false;
  let client: Client | null = null;
  let retryTimer: NodeJS.Timeout | undefined;

  const open = () => {
    if (stopped) return;
    const current = createClient({
      url: `${options.urls[index]}/graphql/stream`,
      headers: { authorization: `Bearer ${options.token}` },
      retryAttempts: 0,
      on: {
        connected: () => {
          connected = true;
          failuresInARow = 0;
        },
      },
    });
    client = current;
    let ended = false;
    const end = (reason: string) => {
      if (ended || stopped) return;
      ended = true;
      problems.push(reason);
      current.dispose();
      reconnections++;
      failuresInARow++;
      index = (index + 1) % options.urls.length;
      // Back off a little while no replica answers, so a dead pair is not hammered.
      retryTimer = setTimeout(open, Math.min(50 * 2 ** (failuresInARow - 1), 500));
    };
    current.subscribe<{ exceptionChanges: { cursor: string; kind: string; exception: { id: string } } }>(
      { query: CHANGES, variables: { after: cursor } },
      {
        next: (value) => {
          const change = value.data?.exceptionChanges;
          if (!change) {
            invalid++;
            return void problems.push(`payload without a change: ${JSON.stringify(value).slice(0, 200)}`);
          }
          received.push({ cursor: change.cursor, kind: change.kind, id: change.exception.id });
          cursor = change.cursor;
        },
        error: (error) =>
          end(`error: ${error instanceof Error ? error.message : JSON.stringify(error)}`.slice(0, 200)),
        complete: () => end('completed'),
      },
    );
  };
  open();

  return {
    received,
    get cursor() {
      return cursor;
    },
    get connected() {
      return connected;
    },
    get reconnections() {
      return reconnections;
    },
    get invalid() {
      return invalid;
    },
    problems,
    stop() {
      stopped = true;
      clearTimeout(retryTimer);
      client?.dispose();
    },
  };
}
