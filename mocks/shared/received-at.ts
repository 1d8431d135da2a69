const arrivals = new WeakMap<Request, number>();

/** Records when a request arrived over HTTP, before its body was read and a handler was found. */
export function markReceived(request: Request, at: number): void {
  arrivals.set(request, at);
}

/**
 * When the request arrived (`performance.now()` time): as the HTTP server marked it, or now for a
 * request handed to the handlers in-process.
 * @example await sleep(latencyMs - (performance.now() - receivedAt(request)), request.signal);
 */
export function receivedAt(request: Request): number {
  return arrivals.get(request) ?? performance.now();
}
