import type { Viewer } from '../auth/viewer.js';
import type { SourceSystem } from '../domain/model.js';
import type { Upstreams } from '../domain/ports.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface GraphQLContext {
  viewer: Viewer;
  loaders: Loaders;
  upstreams: Upstreams;
  requestId: string;
  /** Systems whose failure this response already reports; later fields of theirs are only null. */
  reportedFailures: Set<SourceSystem>;
}

/**
 * Builds the request-scoped state in one place: the viewer, fresh loaders for the viewer's tenant,
 * and a request id for logs and audit.
 * @example const ctx = createContext({ viewer, upstreams, requestId: crypto.randomUUID() });
 */
export function createContext(input: {
  viewer: Viewer;
  upstreams: Upstreams;
  requestId: string;
}): GraphQLContext {
  return {
    ...input,
    loaders: createLoaders(input.upstreams, input.viewer.tenant),
    reportedFailures: new Set(),
  };
}
