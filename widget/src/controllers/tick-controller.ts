import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host every `ms` while connected, so relative times ("due in 5 min") stay true.
 * @example new TickController(this, 30_000);
 */
export class TickController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly ms: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.timer = setInterval(() => this.host.requestUpdate(), this.ms);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }
}
