import { json } from '../shared/system-errors.js';

/** `{ "status", "errors": [ { "field", "reason" } ] }`, the WMS's error shape. */
export function wmsError(status: number, message: string, field = ''): Response {
  return json({ status, errors: [{ field, reason: message }] }, status);
}
