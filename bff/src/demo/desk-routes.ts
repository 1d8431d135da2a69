import { Hono, type Context } from 'hono';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BadInputError } from '../domain/errors.js';
import { deskTickets, type DeskOrderSource } from './desk-tickets.js';

export interface DeskRoutesOptions {
  /** The simulators' seeded orders, read when the desk lists tickets. */
  orders: () => readonly DeskOrderSource[];
  /** Host origins allowed to frame the widget's bridge page (the API's CORS origins). */
  allowedOrigins: readonly string[];
  /** Where `npm run build:widget` wrote the widget; defaults to `dist/widget` in the checkout. */
  widgetDir?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The desk runs only our own script and talks only to this origin; upstream text stays text. */
const DESK_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The embedded default's demo service desk at `/desk/`: the desk page, the built widget beside it
 * (`/desk/orderlens.js`, the Zendesk app under `/desk/zendesk/`), the iframe-bridge page, and
 * `/demo/tickets` for its queue. Mounted only when Orderlens runs on its simulators.
 * @example app.route('/', createDeskRoutes({ orders: () => getWorld().orders, allowedOrigins: [] }));
 */
export function createDeskRoutes(options: DeskRoutesOptions): Hono {
  const root = options.widgetDir ?? fileURLToPath(new URL('../../../dist/widget/', import.meta.url));
  const allowed = options.allowedOrigins.join(' ');

  const serve = async (c: Context, path: string) => {
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) return c.notFound();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      if (path === 'desk.html')
        return c.text('The widget is not built yet: run `npm run build:widget`.', 503);
      return c.notFound();
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'x-content-type-options': 'nosniff' };
    // Hashed chunks never change; the entry and pages keep their names, so they must revalidate.
    headers['cache-control'] = /\/assets\/[^/]+-[\w-]{8}\.\w+$/.test(`/${path}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
    if (path === 'desk.html') headers['content-security-policy'] = DESK_CSP;
    if (path === 'bridge.html') {
      headers['content-security-policy'] =
        `${DESK_CSP.replace("frame-ancestors 'none'", `frame-ancestors 'self' ${allowed}`)}`;
      const html = body.toString('utf8').replace('content=""', `content="${escapeAttr(allowed)}"`);
      return c.body(html, 200, headers);
    }
    return c.body(new Uint8Array(body), 200, headers);
  };

  return new Hono()
    .get('/desk', (c) => c.redirect('/desk/'))
    .get('/desk/', (c) => serve(c, 'desk.html'))
    .get('/desk/*', (c) => {
      let path: string;
      try {
        path = decodeURIComponent(c.req.path.slice('/desk/'.length));
      } catch {
        return c.notFound(); // malformed escapes name no file
      }
      return serve(c, path);
    })
    .get('/demo/tickets', (c) => {
      const tenant = c.req.query('tenant') ?? '';
      const raw = c.req.query('count') ?? '12';
      const count = Number(raw);
      if (!/^[a-z0-9-]{1,40}$/.test(tenant)) throw new BadInputError('`tenant` is required, e.g. `acme`.');
      if (!/^\d+$/.test(raw) || count < 1 || count > 50)
        throw new BadInputError('`count` must be a whole number from 1 to 50.');
      return c.json({ tickets: deskTickets(options.orders(), tenant, count) });
    });
}

function escapeAttr(text: string): string {
  return text.replace(/[&"<>]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
