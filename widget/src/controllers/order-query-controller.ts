import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { BffClient } from '../client/bff-client.js';
import type { PanelContext, PanelResult, Selection } from './panel-result.js';
import { createPanelResolver } from './resolve-panel.js';

export interface OrderQueryInputs {
  client: BffClient | undefined;
  context: PanelContext;
  selection: Selection;
}

/**
 * Runs the panel's read whenever its inputs change (a new ticket, the agent's pick), cancels the
 * one in flight, and keeps the previous answer on screen while a refresh runs.
 * @example this.query = new OrderQueryController(this, () => ({ client, context, selection }));
 */
export class OrderQueryController {
  private readonly resolve = createPanelResolver();
  private reloads = 0;
  /** The last complete answer and the inputs it answered, so a refresh does not blank the panel. */
  private last: { key: string; result: PanelResult } | undefined;
  private readonly inputs: () => OrderQueryInputs;
  readonly task: Task<readonly unknown[], PanelResult>;

  constructor(host: ReactiveControllerHost, inputs: () => OrderQueryInputs) {
    this.inputs = inputs;
    this.task = new Task(host, {
      args: () => {
        const { client, context, selection } = inputs();
        return [client, context.orderRef, context.ticketId, context.customerEmail, selection, this.reloads];
      },
      task: async (_args, { signal }) => {
        const { client, context, selection } = inputs();
        if (!client) throw new WaitingForHost();
        const key = keyOf(inputs());
        const result = await this.resolve(client, context, selection, signal);
        this.last = { key, result };
        return result;
      },
    });
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  /**
   * What to show now: the answer, or while a refresh of the same inputs runs, the previous one. A
   * different ticket gets no stale answer from the last.
   */
  get result(): PanelResult | undefined {
    if (this.task.status === TaskStatus.COMPLETE) return this.task.value;
    if (this.task.status === TaskStatus.PENDING && this.last?.key === keyOf(this.inputs()))
      return this.last.result;
    return undefined;
  }

  /** Runs the same read again, on the agent's request. */
  reload(): void {
    this.reloads++;
    void this.task.run();
  }
}

function keyOf({ context, selection }: OrderQueryInputs): string {
  return JSON.stringify([context.orderRef, context.ticketId, context.customerEmail, selection]);
}

/** The host has not supplied a token callback yet; the panel shows its skeleton meanwhile. */
export class WaitingForHost extends Error {}
