import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BffClient, GraphQLErrorEntry } from '../client/bff-client.js';
import type { TypedDocumentString } from '../client/typed-document.js';

/** `off`: nothing to follow (or no live client); `live`: registered on the server. */
export type LiveStatus = 'off' | 'connecting' | 'live' | 'retrying';

/** Variables of a subscription that resumes: an `$after: String` cursor, and any others. */
export interface ResumableVariables {
  after?: string | null;
}

export interface SubscriptionOptions<T, V extends ResumableVariables = ResumableVariables> {
  client(): BffClient | undefined;
  /** A subscription document taking an `$after: String` resume cursor. */
  query: TypedDocumentString<T, V>;
  /** The variables besides `after`; null while there is nothing to follow. A change starts afresh. */
  variables(): NoInfer<Omit<V, 'after'>> | null;
  /** The resume cursor a result carries. */
  cursorOf(data: T): string | null;
  /**
   * Where a new feed starts: e.g. the feed position a list was read at, so nothing between the
   * list and the stream is missed. Without it (or null), a new feed starts live.
   */
  from?(): string | null;
  onData(data: T): void;
  /**
   * The server registered the subscription. `resumed`: it continues from a cursor, so the backlog
   * covers any gap; otherwise whatever was loaded before may have missed a change.
   */
  onLive?(resumed: boolean): void;
  /** Waits between attempts after a break: 1 s doubling to `maxDelayMs`, with jitter. */
  maxDelayMs?: number;
}

const STABLE_MS = 30_000;
const clientIds = new WeakMap<BffClient, number>();
let nextClientId = 1;
const idOf = (client: BffClient) => {
  let id = clientIds.get(client);
  if (!id) clientIds.set(client, (id = nextClientId++));
  return id;
};

/**
 * Follows one GraphQL subscription for an element: opens it when the element connects, closes it
 * when it disconnects, starts afresh when its variables or client change, and after a break
 * subscribes again from the last cursor it saw, so the durable feed replays what was missed.
 * @example
 * this.live = new SubscriptionController(this, {
 *   client: () => this.client, query: EXCEPTION_CHANGES_SUBSCRIPTION, variables: () => ({ filter }),
 *   cursorOf: (d) => d.exceptionChanges.cursor, onData: (d) => this.apply(d.exceptionChanges),
 * });
 */
export class SubscriptionController<
  T,
  V extends ResumableVariables = ResumableVariables,
> implements ReactiveController {
  status: LiveStatus = 'off';
  /** The inputs the cursor belongs to: a client and variables. */
  private feed = '';
  private active = false;
  private cursor: string | null = null;
  private run: object | null = null;
  private stop: (() => void) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempts = 0;
  private liveSince = 0;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SubscriptionOptions<T, V>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.active = false;
    this.end();
    this.setStatus('off');
  }

  /**
   * Starts when the inputs changed since the last start, or on reconnecting. The same inputs resume
   * from the cursor; other inputs (another order, filter or agent) are another feed and start live.
   */
  sync(): void {
    if (!this.connected) return;
    const client = this.options.client();
    const variables = this.options.variables();
    const key = client?.subscribe && variables ? `${idOf(client)}:${JSON.stringify(variables)}` : '';
    if (this.active && key === this.feed) return;
    if (key !== this.feed) {
      this.feed = key;
      this.cursor = key ? (this.options.from?.() ?? null) : null;
    }
    this.end();
    this.attempts = 0;
    this.active = key !== '';
    if (this.active) this.start();
    else this.setStatus('off');
  }

  private start(): void {
    const client = this.options.client();
    const variables = this.options.variables();
    if (!client?.subscribe || !variables) return this.setStatus('off');
    const run = {};
    this.run = run;
    const resumed = this.cursor !== null;
    this.setStatus(this.attempts > 0 ? 'retrying' : 'connecting');
    const current = () => this.run === run;
    // `V` minus `after`, plus `after`, is `V`: the compiler cannot follow that for a type parameter.
    const resuming = { ...variables, after: this.cursor } as V;
    this.stop = client.subscribe(this.options.query, resuming, {
      accepted: () => {
        if (!current()) return;
        this.liveSince = Date.now();
        this.setStatus('live');
        this.options.onLive?.(resumed);
      },
      next: (result) => {
        if (!current()) return;
        if (result.data) {
          this.cursor = this.options.cursorOf(result.data) ?? this.cursor;
          this.options.onData(result.data);
        } else this.failed(result.errors);
      },
      error: () => current() && this.failed([]),
      complete: () => current() && this.failed([]),
    });
  }

  /** The subscription ended without being asked to: try again, later each time. */
  private failed(errors: readonly GraphQLErrorEntry[]): void {
    this.end();
    // A cursor the server no longer accepts cannot be resumed from: start live, and say so.
    if (errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) this.cursor = null;
    if (this.liveSince && Date.now() - this.liveSince > STABLE_MS) this.attempts = 0;
    this.liveSince = 0;
    const max = this.options.maxDelayMs ?? 30_000;
    const delay = Math.min(max, 1_000 * 2 ** this.attempts) * (0.5 + Math.random() / 2);
    this.attempts++;
    this.setStatus('retrying');
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.connected && this.active) this.start();
    }, delay);
  }

  private end(): void {
    this.run = null;
    clearTimeout(this.timer);
    this.timer = undefined;
    const stop = this.stop;
    this.stop = undefined;
    stop?.();
  }

  private setStatus(status: LiveStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.host.requestUpdate();
  }
}
