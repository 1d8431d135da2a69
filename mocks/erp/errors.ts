import { json } from '../shared/system-errors.js';

const CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  404: 'NOT_FOUND',
  503: 'SERVICE_UNAVAILABLE',
};

/** `{ "error": { "code", "message" } }`, the ERP's error shape. */
export function erpError(status: number, message: string): Response {
  return json({ error: { code: CODES[status] ?? 'INTERNAL_ERROR', message } }, status);
}
