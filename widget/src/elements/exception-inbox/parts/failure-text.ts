import type { ActionFailure, ExceptionAction } from '../../../controllers/exception-actions-controller.js';
import type { Messages } from '../../../i18n/messages.en.js';

/**
 * Why an action did not happen, in the agent's words: a refused role names the action, a conflict
 * says the row now shows the current state; input errors keep the BFF's own explanation.
 */
export function failureText(
  msg: Messages,
  action: ExceptionAction,
  failure: ActionFailure,
  message: string,
): string {
  switch (failure) {
    case 'FORBIDDEN':
      return msg.forbidden(msg.actionVerb[action]);
    case 'CONFLICT':
      return msg.conflict;
    case 'NOT_FOUND':
      return msg.gone;
    case 'BAD_USER_INPUT':
      return message || msg.actionFailed;
    case 'UNAUTHENTICATED':
      return msg.unauthorized;
    case 'FAILED':
      return msg.actionFailed;
  }
}
