import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface Timed {
  /** Time left on screen, ms; counts down only while the toast is not paused. */
  left: number;
  startedAt: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  paused: boolean;
}

/**
 * A short list of alerts that leave on their own: each stays `durationOf(item)` ms, counted only
 * while the agent is not pointing at it or focused in it (WCAG 2.2.1: enough time to read and act).
 * The newest is first; beyond `max`, the oldest leave early.
 * @example this.toasts = new ToastQueueController(this, { max: 4, durationOf: () => 10_000 });
 */
export class ToastQueueController<T extends { id: string }> implements ReactiveController {
  items: T[] = [];
  private readonly timing = new Map<string, Timed>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { max: number; durationOf(item: T): number },
  ) {
    host.addController(this);
  }

  push(item: T): void {
    if (this.timing.has(item.id)) return;
    this.items = [item, ...this.items];
    this.timing.set(item.id, {
      left: this.options.durationOf(item),
      startedAt: 0,
      timer: undefined,
      paused: false,
    });
    this.run(item.id);
    for (const old of this.items.slice(this.options.max)) this.dismiss(old.id);
    this.host.requestUpdate();
  }

  dismiss(id: string): void {
    const t = this.timing.get(id);
    if (!t) return;
    clearTimeout(t.timer);
    this.timing.delete(id);
    this.items = this.items.filter((i) => i.id !== id);
    this.host.requestUpdate();
  }

  /** Stops the clock of one toast, e.g. while it is hovered or holds focus. */
  pause(id: string): void {
    const t = this.timing.get(id);
    if (!t || t.paused) return;
    clearTimeout(t.timer);
    t.left -= Date.now() - t.startedAt;
    t.paused = true;
  }

  resume(id: string): void {
    const t = this.timing.get(id);
    if (!t || !t.paused) return;
    t.paused = false;
    this.run(id);
  }

  hostDisconnected(): void {
    for (const id of this.timing.keys()) this.pause(id);
  }

  hostConnected(): void {
    for (const id of this.timing.keys()) this.resume(id);
  }

  private run(id: string): void {
    const t = this.timing.get(id)!;
    t.startedAt = Date.now();
    t.timer = setTimeout(() => this.dismiss(id), Math.max(0, t.left));
  }
}
