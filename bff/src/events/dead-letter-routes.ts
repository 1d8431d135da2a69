import { Hono } from 'hono';
import type { AuthEnv } from '../auth/authenticate.js';
import { assertCan } from '../auth/permissions.js';
import { BadInputError, DomainError, UnauthenticatedError } from '../domain/errors.js';
import type { OrderlensEventSink } from './create-event-sink.js';
import { MAX_DEAD_LETTER_PAGE } from '../store/dead-letters.js';
import { interpretWebhook } from './interpret-webhook.js';
import type { NormaliseOptions } from './normalisers/normalise-webhook.js';
import { replayHeaders } from './normalisers/replay-headers.js';
import { isWebhookSource } from './webhook-source.js';

/**
 * Supervisors' view of the dead-letter list: `GET /admin/dead-letters?first=&after=` lists a page of
 * the tenant's signed webhooks that did not become events (newest first, `first` ≤ 200, `after` the
 * previous page's `pageInfo.endCursor`), with no signature headers; `POST
 * /admin/dead-letters/:id/replay` reads one again as intake would now (after a mapping or the
 * sender was fixed) and ingests it, or answers 422 `UNMAPPABLE` with the reason it still fails. The app's `authenticate` middleware has set the viewer (same bearer tokens as the
 * API); roles without `manage-dead-letters` get 403, other tenants' ids 404.
 * @example app.use('/admin/*', authenticate(verifyToken)).route('/', createDeadLetterRoutes({ sink, normalise }));
 */
export function createDeadLetterRoutes(options: {
  sink: OrderlensEventSink;
  normalise: NormaliseOptions;
}): Hono {
  const app = new Hono<{ Variables: AuthEnv['Variables'] & { tenant: string } }>();
  app.use('/admin/*', async (c, next) => {
    const viewer = c.get('viewer');
    if (!viewer) throw new UnauthenticatedError(); // mounted without `authenticate`: refuse
    assertCan(viewer, 'manage-dead-letters');
    c.set('tenant', viewer.tenant);
    await next();
  });
  // Domain errors (a bad page size or cursor, an unknown id, a body still unmappable) are answered
  // by the app's error boundary in its one shape.
  app.get('/admin/dead-letters', async (c) => {
    const page = await options.sink.pageDeadLetters(c.get('tenant'), {
      first: pageSize(c.req.query('first')),
      after: c.req.query('after') ?? null,
    });
    return c.json({
      // Only what a replay reads: entries kept before signatures were left out still hold them.
      deadLetters: page.entries.map((entry) => ({ ...entry, headers: replayHeaders(entry.headers) })),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    });
  });
  app.post('/admin/dead-letters/:id/replay', async (c) => {
    const outcome = await options.sink.replayDeadLetter(
      c.req.param('id'),
      async (entry) => {
        if (!isWebhookSource(entry.source))
          throw new DomainError('UNMAPPABLE', `Unknown source ${entry.source}.`);
        // Read exactly as intake would now; a normaliser that throws comes back as a reason.
        const { items } = interpretWebhook(
          entry.source,
          {
            tenant: entry.tenant,
            headers: new Headers(entry.headers),
            raw: Buffer.from(entry.body, entry.bodyEncoding === 'base64' ? 'base64' : 'utf8'),
            receivedAt: entry.receivedAt,
          },
          options.normalise,
        );
        const stuck = items.find((item) => item.kind === 'dead');
        if (stuck?.kind === 'dead')
          throw new DomainError('UNMAPPABLE', `Still not mappable: ${stuck.letter.reason}`);
        const outcomes = await Promise.all(
          items.map((item) => (item.kind === 'event' ? options.sink.ingest(item.event) : 'ignored')),
        );
        return outcomes.length === 1 ? outcomes[0] : outcomes;
      },
      c.get('tenant'),
    );
    return c.json({ status: outcome });
  });
  return app as unknown as Hono;
}

/** `first` as given, or 50; a value that is no count from 1 to the page limit is the caller's mistake. */
function pageSize(value: string | undefined): number {
  if (value === undefined) return 50;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_DEAD_LETTER_PAGE)
    throw new BadInputError(`first: a whole number from 1 to ${MAX_DEAD_LETTER_PAGE}.`);
  return n;
}
