import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BffClient } from '../client/bff-client.js';
import { EXCEPTION_CHANGES_SUBSCRIPTION, EXCEPTION_LIST_QUERY } from '../client/documents/index.js';
import type { ExceptionFilterInput, OrderException } from '../client/exception-types.js';
import type {
  ExceptionChangesSubscription,
  ExceptionChangesSubscriptionVariables,
} from '../client/generated/operations.js';
import { applyChange } from '../model/exception-list.js';
import { SubscriptionController } from './subscription-controller.js';

export interface InboxInputs {
  client: BffClient | undefined;
  filter: ExceptionFilterInput;
  pageSize: number;
}

const MAX_PAGE = 100;

/**
 * The inbox's list: pages from `Query.exceptions`, kept current by the exception feed. Once the
 * first page is in, the feed is followed from the position that page was read at, so no change
 * between the list and the stream is lost; after a break it resumes from its last cursor. The feed
 * is subscribed without the filter's changeable parts (status, severity, assignee), so an exception
 * that leaves the filter still arrives and leaves the list; matching happens here, as the API does.
 * @example this.inbox = new ExceptionInboxController(this, () => ({ client, filter, pageSize: 20 }));
 */
export class ExceptionInboxController implements ReactiveController {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  items: OrderException[] = [];
  hasNextPage = false;
  loadingMore = false;
  /** Ids raised live since the list loaded, which the inbox marks as new. */
  readonly fresh = new Set<string>();
  viewerId: string | null = null;
  /** Why the first page failed, while `status` is `error`. */
  error: unknown;
  readonly live: SubscriptionController<ExceptionChangesSubscription, ExceptionChangesSubscriptionVariables>;
  private endCursor: string | null = null;
  private feedCursor: string | null = null;
  private key = '';
  private client: BffClient | undefined;
  private load: AbortController | undefined;
  /** Versions the feed delivered while a page was loading, applied when it arrives. */
  private arrivedDuringLoad: OrderException[] | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly inputs: () => InboxInputs,
    private readonly onArrived: (raised: OrderException[]) => void = () => {},
  ) {
    host.addController(this);
    this.live = new SubscriptionController(host, {
      client: () => inputs().client,
      query: EXCEPTION_CHANGES_SUBSCRIPTION,
      // Following starts once a list is on screen, from where that list was read.
      variables: () => {
        if (this.status !== 'ready') return null;
        const { type, team } = inputs().filter;
        return { filter: { ...(type?.length ? { type } : {}), ...(team ? { team } : {}) } };
      },
      from: () => this.feedCursor,
      // Only when the server refused the cursor does the feed start live: then the list may be behind.
      onLive: (resumed) => {
        if (!resumed) this.reload(true);
      },
      cursorOf: (data) => data.exceptionChanges.cursor,
      onData: ({ exceptionChanges: change }) => {
        if (this.arrivedDuringLoad) this.arrivedDuringLoad.push(change.exception);
        if (this.status !== 'ready') return;
        const before = this.items.some((e) => e.id === change.exception.id);
        this.apply(change.exception);
        if (change.kind === 'RAISED' && !before && this.items.some((e) => e.id === change.exception.id)) {
          this.fresh.add(change.exception.id);
          this.onArrived([change.exception]);
        }
      },
    });
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  /**
   * Out of the page, the list stays as it is: on return the feed resumes from its cursor. Only a
   * first load cut short starts again.
   */
  hostDisconnected(): void {
    if (this.status !== 'loading') return;
    this.load?.abort();
    this.status = 'idle';
  }

  /** Applies one exception as the mutation or the feed returned it. */
  apply(exception: OrderException): void {
    this.items = applyChange(this, exception, this.inputs().filter, this.viewerId);
    this.host.requestUpdate();
  }

  /** Loads the first page again; `quiet` keeps the rows on screen meanwhile. */
  reload(quiet = false): void {
    void this.fetch(null, quiet);
  }

  loadMore(): void {
    if (this.hasNextPage && !this.loadingMore) void this.fetch(this.endCursor, true);
  }

  private sync(): void {
    const { client, filter, pageSize } = this.inputs();
    if (!client) return;
    const key = JSON.stringify([filter, pageSize]);
    if (key === this.key && client === this.client && this.status !== 'idle') return;
    this.key = key;
    this.client = client; // another client may be another agent, even another tenant: start over
    void this.fetch(null, false);
  }

  private async fetch(after: string | null, quiet: boolean): Promise<void> {
    const { client, filter, pageSize } = this.inputs();
    if (!client) return;
    if (!after) this.load?.abort();
    const load = new AbortController();
    if (!after) this.load = load;
    const arrived: OrderException[] = [];
    this.arrivedDuringLoad = arrived;
    if (after) this.loadingMore = true;
    else if (!quiet || this.status !== 'ready') {
      this.status = 'loading';
      this.items = [];
      this.fresh.clear();
    }
    this.host.requestUpdate();
    try {
      this.viewerId = (await client.viewer?.())?.id ?? null;
      const first = after ? pageSize : Math.min(MAX_PAGE, Math.max(pageSize, quiet ? this.items.length : 0));
      const result = await client.request(EXCEPTION_LIST_QUERY, { filter, first, after }, load.signal);
      if (load.signal.aborted) return;
      const page = result.data?.exceptions;
      if (!page) throw new Error(result.errors[0]?.message ?? 'no exceptions page');
      const nodes = page.edges.map((edge) => edge.node);
      this.items = after
        ? [...this.items, ...nodes.filter((n) => !this.items.some((e) => e.id === n.id))]
        : nodes;
      this.hasNextPage = page.pageInfo.hasNextPage;
      this.endCursor = page.pageInfo.endCursor;
      if (!after) this.feedCursor = page.feedCursor;
      this.status = 'ready';
      for (const e of arrived) this.items = applyChange(this, e, filter, this.viewerId);
    } catch (error) {
      if (load.signal.aborted) return;
      // A failed first page is the inbox's error state; a failed "Load more" leaves its button to retry.
      if (!after) {
        this.status = 'error';
        this.error = error;
      }
    } finally {
      if (this.arrivedDuringLoad === arrived) this.arrivedDuringLoad = null;
      if (after) this.loadingMore = false;
      this.host.requestUpdate();
    }
  }
}
