/** Writes an error in one system's own shape (see WIRE.md). */
export type ErrorResponder = (status: number, message: string, field?: string) => Response;

export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
