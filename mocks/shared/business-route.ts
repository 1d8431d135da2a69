import { http, type HttpHandler } from 'msw';
import { withDirectResolver, type DirectResolver } from './direct-resolver.js';
import { receivedAt } from './received-at.js';
import type { SimState } from './sim-state.js';
import type { ErrorResponder } from './system-errors.js';
import { serializeAhead } from './serialized-response.js';
import { sleepUntil, untilAborted } from './wait.js';

/** Thrown by a resolver to answer 400 in the system's error shape. */
export class BadRequest extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface RouteContext<T> {
  request: Request;
  url: URL;
  params: Record<string, string | readonly string[] | undefined>;
  tenant: T;
}

export interface SystemSpec<T> {
  sim: SimState;
  /** Origin the routes answer on, e.g. "http://erp.test"; "*" (default) answers on any origin. */
  origin?: string;
  error: ErrorResponder;
  /** Header naming the tenant, and how its value maps to one. */
  tenantHeader: string;
  tenantOf: (value: string) => T | undefined;
}

type Method = 'get' | 'post' | 'put';

/**
 * Builds the business routes of one system: every route counts in the stats, obeys the scenario,
 * requires Authorization and a known tenant, and turns a `BadRequest` into the system's 400.
 *
 * @example
 * const route = createRouteFactory({ sim, error, tenantHeader: 'X-Company', tenantOf });
 * route('get', '/api/v1/sales-orders', (ctx) => json({ items: [] }));
 */
export function createRouteFactory<T>(spec: SystemSpec<T>) {
  const { sim, error } = spec;
  let waiting = 0; // responses of this system waiting out their latency
  return (
    method: Method,
    template: string,
    resolve: (ctx: RouteContext<T>) => Response | Promise<Response>,
  ): HttpHandler => {
    const respond: DirectResolver = async ({ request, params }) => {
      const received = receivedAt(request);
      sim.record(`${method.toUpperCase()} ${template}`);
      const { latencyMs, down, hang, errorRate } = sim.scenario;
      if (hang) {
        await untilAborted(request.signal);
        return error(503, 'request abandoned');
      }
      const unavailable = down || (errorRate > 0 && sim.random() < errorRate);
      const response = await serializeAhead(await answer(resolve, request, params, unavailable));
      // A remote system's latency includes its own work: the answer leaves `latencyMs` after the
      // request arrived, so the simulator's routing and serialising overlap the wait instead of
      // adding to it (WIRE.md, "Latency").
      waiting++;
      try {
        await sleepUntil(received + latencyMs, request.signal, () => waiting === 1);
      } finally {
        waiting--;
      }
      return response;
    };
    const path = `${spec.origin ?? '*'}${template.replace(/\{(\w+)\}/g, ':$1')}`;
    return withDirectResolver(http[method](path, respond), respond);
  };

  /** What the system says to a request it takes in; every scenario but `hang` answers. */
  async function answer(
    resolve: (ctx: RouteContext<T>) => Response | Promise<Response>,
    request: Request,
    params: RouteContext<T>['params'],
    unavailable: boolean,
  ): Promise<Response> {
    if (unavailable) return error(503, 'service unavailable');
    if (!request.headers.get('authorization')) return error(401, 'authorization required');
    const value = request.headers.get(spec.tenantHeader);
    if (!value) return error(400, `missing header ${spec.tenantHeader}`, spec.tenantHeader);
    const tenant = spec.tenantOf(value);
    if (tenant === undefined) return error(404, `unknown tenant ${value}`, spec.tenantHeader);
    try {
      return await resolve({ request, url: new URL(request.url), params, tenant });
    } catch (err) {
      if (err instanceof BadRequest) return error(400, err.message, err.field);
      throw err;
    }
  }
}
