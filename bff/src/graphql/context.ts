import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer.js';
import type { OrderException } from '../domain/exception.js';
import type { SourceSystem } from '../domain/model.js';
import type { Upstreams } from '../domain/ports.js';
import type { Notify } from '../events/create-notify.js';
import type { ExceptionHistoryEntry } from '../store/exception-history.js';
import { createLoaders, type Loaders } from './loaders.js';

/** The notify flow as the resolvers see it. */
export type NotifyServices = Pick<Notify, 'feed' | 'exceptions' | 'commands'>;

export interface GraphQLContext {
  viewer: Viewer;
  loaders: Loaders & {
    exceptionsByOrder: DataLoader<string, OrderException[]>;
    historyById: DataLoader<string, ExceptionHistoryEntry[]>;
  };
  upstreams: Upstreams;
  notify: NotifyServices;
  requestId: string;
  /** Systems whose failure this response already reports; later fields of theirs are only null. */
  reportedFailures: Set<SourceSystem>;
}

/**
 * Builds the request-scoped state in one place: the viewer, fresh loaders for the viewer's tenant,
 * and a request id for logs and audit.
 * @example const ctx = createContext({ viewer, upstreams, notify, requestId: crypto.randomUUID() });
 */
export function createContext(input: {
  viewer: Viewer;
  upstreams: Upstreams;
  notify: NotifyServices;
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
      exceptionsByOrder: new DataLoader((numbers) => input.notify.exceptions.byOrderNumbers(tenant, numbers)),
      historyById: new DataLoader((ids) => input.notify.exceptions.historyByIds(tenant, ids)),
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
