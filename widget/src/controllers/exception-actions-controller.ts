import type { ReactiveControllerHost } from 'lit';
import { BffRequestError, type BffClient } from '../client/bff-client.js';
import {
  ACKNOWLEDGE_EXCEPTION_MUTATION,
  ASSIGN_EXCEPTION_MUTATION,
  RESOLVE_EXCEPTION_MUTATION,
  SNOOZE_EXCEPTION_MUTATION,
} from '../client/documents/index.js';
import type { OrderException } from '../client/exception-types.js';

export type ExceptionAction = 'acknowledge' | 'snooze' | 'resolve' | 'assign';

/** Why an action failed, in the terms the inbox explains to the agent. */
export type ActionFailure =
  'FORBIDDEN' | 'CONFLICT' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FAILED';

const DOCUMENTS: Record<ExceptionAction, { query: string; field: string }> = {
  acknowledge: { query: ACKNOWLEDGE_EXCEPTION_MUTATION, field: 'acknowledgeException' },
  snooze: { query: SNOOZE_EXCEPTION_MUTATION, field: 'snoozeException' },
  resolve: { query: RESOLVE_EXCEPTION_MUTATION, field: 'resolveException' },
  assign: { query: ASSIGN_EXCEPTION_MUTATION, field: 'assignException' },
};
const KNOWN = new Set<string>(['FORBIDDEN', 'CONFLICT', 'NOT_FOUND', 'BAD_USER_INPUT']);

export interface ActionCallbacks {
  /** The BFF applied the action; this is the exception as it is now. */
  done(exception: OrderException, action: ExceptionAction): void;
  /** It refused or failed; `message` is the BFF's own words, for input errors. */
  failed(id: string, action: ExceptionAction, failure: ActionFailure, message: string): void;
}

/**
 * Runs the agent's actions on exceptions (acknowledge, snooze, resolve, assign to self), one at a
 * time per exception, and tracks which are in flight for the element to show.
 * @example await this.actions.run(e.id, 'snooze', { until: inOneHour() });
 */
export class ExceptionActionsController {
  /** Exception id → the action in flight on it. */
  readonly pending = new Map<string, ExceptionAction>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => BffClient | undefined,
    private readonly callbacks: ActionCallbacks,
  ) {}

  async run(
    id: string,
    action: ExceptionAction,
    input: { until?: string; note?: string } = {},
  ): Promise<void> {
    const client = this.client();
    if (!client || this.pending.has(id)) return;
    this.pending.set(id, action);
    this.host.requestUpdate();
    try {
      const variables: Record<string, unknown> = { id, ...input };
      if (action === 'assign') {
        // Never send null here: to the BFF that means "unassign".
        const me = (await client.viewer?.())?.id;
        if (!me) return this.callbacks.failed(id, action, 'FAILED', '');
        variables.agentId = me;
      }
      const { query, field } = DOCUMENTS[action];
      const result = await client.request<Record<string, OrderException | null>>(query, variables);
      const exception = result.data?.[field];
      if (exception) return this.callbacks.done(exception, action);
      const error = result.errors[0];
      const code = error?.extensions?.code ?? '';
      this.callbacks.failed(
        id,
        action,
        KNOWN.has(code) ? (code as ActionFailure) : 'FAILED',
        error?.message ?? '',
      );
    } catch (error) {
      const status = error instanceof BffRequestError ? error.status : 0;
      const failure = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : 'FAILED';
      this.callbacks.failed(id, action, failure, '');
    } finally {
      this.pending.delete(id);
      this.host.requestUpdate();
    }
  }
}
