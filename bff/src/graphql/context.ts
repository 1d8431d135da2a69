import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer.js';
import type { OrderException } from '../domain/exception.js';
import type { SourceSystem } from '../domain/model.js';
import type { Upstreams } from '../domain/ports.js';
import type { ChangeFeed } from '../events/create-change-feed.js';
import type { ExceptionCommands } from '../store/exception-commands.js';
import type { ExceptionQueries } from '../store/exception-queries.js';
import type { ExceptionHistoryEntry } from '../store/exception-history.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface GraphQLContext {
  viewer: Viewer;
  loaders: Loaders & {
    exceptionsByOrder: DataLoader<string, OrderException[]>;
    historyById: DataLoader<string, ExceptionHistoryEntry[]>;
  };
  upstreams: Upstreams;
  /** The durable change feed subscriptions read from. */
  feed: ChangeFeed;
  exceptions: ExceptionQueries;
  commands: ExceptionCommands;
  requestId: string;
  /** Systems whose failure this response already reports; later fields of theirs are only null. */
  reportedFailures: Set<SourceSystem>;
}

/**
 * Builds the request-scoped state in one place: the viewer, fresh loaders for the viewer's tenant,
 * and a request id for logs and audit.
 * @example const ctx = createContext({ viewer, upstreams, feed, exceptions, commands, requestId: crypto.randomUUID() });
 */
export function createContext(input: {
  viewer: Viewer;
  upstreams: Upstreams;
  feed: ChangeFeed;
  exceptions: ExceptionQueries;
  commands: ExceptionCommands;
  requestId: string;
  /** False only for the bench's naive baseline: no DataLoader batching or caching. */
  loaderBatching?: boolean;
}): GraphQLContext {
  const { loaderBatching = true, ...rest } = input;
  const tenant = input.viewer.tenant;
  return {
    ...rest,
    loaders: {
      ...createLoaders(input.upstreams, tenant, { batch: loaderBatching }),
      exceptionsByOrder: new DataLoader((numbers) => input.exceptions.byOrderNumbers(tenant, numbers)),
      historyById: new DataLoader((ids) => input.exceptions.historyByIds(tenant, ids)),
    },
    reportedFailures: new Set(),
  };
}

/**
 * Forgets what this context has loaded. A subscription keeps one context for its whole life, so
 * each event it delivers starts from fresh reads.
 */
export function refreshContext(ctx: GraphQLContext): void {
  for (const loader of Object.values(ctx.loaders)) {
    if (loader instanceof DataLoader) loader.clearAll();
  }
  for (const loader of Object.values(ctx.loaders.orderNumberBy)) loader.clearAll();
  ctx.reportedFailures.clear();
}
