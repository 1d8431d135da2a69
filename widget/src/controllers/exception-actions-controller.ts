import type { ReactiveControllerHost } from 'lit';
import {
  BffRequestError,
  type BffClient,
  type GraphQLErrorEntry,
  type GraphQLResult,
} from '../client/bff-client.js';
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

/** What an action takes besides the exception's id: a time to snooze until, a note to resolve with. */
export interface ActionInput {
  until?: string;
  note?: string;
}

/** The exception as it is after the action, or the BFF's errors. */
type Sent = Promise<{ exception: OrderException | null | undefined; errors: GraphQLErrorEntry[] }>;

/** Reads the exception a mutation answers under `field`, with the BFF's errors. */
const answerAt =
  <F extends string>(field: F) =>
  (result: GraphQLResult<{ [K in F]: OrderException | null }>) => ({
    exception: result.data?.[field],
    errors: result.errors,
  });

/**
 * One mutation per action, each typed from its own document. A missing time or note is sent empty,
 * so the BFF refuses it as input like any other bad value.
 */
const SEND: Record<ExceptionAction, (client: BffClient, id: string, input: ActionInput, me: string) => Sent> =
  {
    acknowledge: (client, id) =>
      client.request(ACKNOWLEDGE_EXCEPTION_MUTATION, { id }).then(answerAt('acknowledgeException')),
    snooze: (client, id, { until = '' }) =>
      client.request(SNOOZE_EXCEPTION_MUTATION, { id, until }).then(answerAt('snoozeException')),
    resolve: (client, id, { note = '' }) =>
      client.request(RESOLVE_EXCEPTION_MUTATION, { id, note }).then(answerAt('resolveException')),
    assign: (client, id, _input, me) =>
      client.request(ASSIGN_EXCEPTION_MUTATION, { id, agentId: me }).then(answerAt('assignException')),
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

  async run(id: string, action: ExceptionAction, input: ActionInput = {}): Promise<void> {
    const client = this.client();
    if (!client || this.pending.has(id)) return;
    this.pending.set(id, action);
    this.host.requestUpdate();
    try {
      let me = '';
      if (action === 'assign') {
        // Never send null here: to the BFF that means "unassign".
        me = (await client.viewer?.())?.id ?? '';
        if (!me) return this.callbacks.failed(id, action, 'FAILED', '');
      }
      const { exception, errors } = await SEND[action](client, id, input, me);
      if (exception) return this.callbacks.done(exception, action);
      const error = errors[0];
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
