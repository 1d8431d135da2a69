import { json } from '../shared/system-errors.js';

const ERRORS: Record<number, string> = {
  400: 'InvalidEndpoint',
  401: "Couldn't authenticate you",
  404: 'RecordNotFound',
  503: 'ServiceUnavailable',
};

/** `{ "error", "description" }`, Zendesk's error shape. */
export function zendeskError(status: number, message: string): Response {
  return json({ error: ERRORS[status] ?? 'InternalError', description: message }, status);
}
