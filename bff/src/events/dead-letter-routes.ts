import { Hono } from 'hono';
import type { AuthEnv } from '../auth/authenticate.js';
import { assertCan } from '../auth/permissions.js';
import { BadInputError, DomainError, UnauthenticatedError, UnavailableError } from '../domain/errors.js';
import type { OrderlensEventSink } from './create-event-sink.js';
import {
  MAX_DEAD_LETTER_PAGE,
  releaseFailure,
  WAITING_EVENT_SOURCE,
  type DeadLetter,
} from '../store/dead-letters.js';
import { isTransientStoreError } from '../store/is-transient-store-error.js';
import { ingestItems, interpretWebhook } from './interpret-webhook.js';
import type { NormaliseOptions } from './normalisers/normalise-webhook.js';
import { replayHeaders } from './normalisers/replay-headers.js';
import { isWebhookSource } from './webhook-source.js';

/**
 * Supervisors' view of the dead-letter list: `GET /admin/dead-letters?first=&after=` lists a page of
 * the tenant's signed webhooks that did not become events (newest first, `first` ≤ 200, `after` the
 * previous page's `pageInfo.endCursor`), with no signature headers; `POST
 * /admin/dead-letters/:id/replay` reads one again as intake would now (after a mapping or the
 * sender was fixed) and ingests it, answering 200 `{ status }` with the ingest outcome (a list for a
 * CloudEvents batch) and marking it replayed, or answers 422 `UNMAPPABLE` with the reason it still
 * fails (unmappable, or its ingest still fails for good), or 503 when the store failed. A waiting
 * event whose step failed when its subject appeared (source `waiting-event`) is applied again the
 * same way. The app's `authenticate` middleware has set the viewer (same bearer tokens as the API);
 * roles without `manage-dead-letters` get 403, other tenants' ids 404.
 * @example app.use('/admin/*', authenticate(verifyToken)).route('/', createDeadLetterRoutes({ sink, normalise }));
 */
export function createDeadLetterRoutes(options: {
  sink: OrderlensEventSink;
  normalise: NormaliseOptions;
}): Hono {
  const app = new Hono<AuthEnv>();
  app.use('/admin/*', async (c, next) => {
    const viewer = c.get('viewer');
    if (!viewer) throw new UnauthenticatedError(); // mounted without `authenticate`: refuse
    assertCan(viewer, 'manage-dead-letters');
    await next();
  });
  // Domain errors (a bad page size or cursor, an unknown id, a body still unmappable) are answered
  // by the app's error boundary in its one shape.
  app.get('/admin/dead-letters', async (c) => {
    const page = await options.sink.pageDeadLetters(c.get('viewer').tenant, {
      first: pageSize(c.req.query('first')),
      after: c.req.query('after') ?? null,
    });
    return c.json({
      // Only what a replay reads. Entries are kept without signatures and migration 0003 stripped
      // the older ones; filtered again so that a row written any other way cannot show one.
      deadLetters: page.entries.map((entry) => ({ ...entry, headers: replayHeaders(entry.headers) })),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    });
  });
  app.post('/admin/dead-letters/:id/replay', async (c) => {
    const replay = options.sink.replayDeadLetter(
      c.req.param('id'),
      async (entry) => {
        if (entry.source === WAITING_EVENT_SOURCE) return reapply(options.sink, entry);
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
        // The entry is already in the list: an event whose ingest still fails for good is refused
        // (and the entry kept) rather than kept a second time.
        const outcomes = await ingestItems(options.sink, items, async ({ reason }) => {
          throw new DomainError('UNMAPPABLE', `Still not mappable: ${reason}`);
        });
        const statuses = outcomes.map((o) => o.status);
        return statuses.length === 1 ? statuses[0] : statuses;
      },
      c.get('viewer').tenant,
    );
    // The store failing (to read, ingest or mark the entry) is not the admin's mistake and not
    // the entry's: the entry stays listed, and the same replay may simply be tried again.
    const outcome = await replay.catch((error: unknown) => {
      if (error instanceof DomainError) throw error;
      throw new UnavailableError('The dead letter could not be replayed; retry later.', RETRY_AFTER_SECONDS, {
        cause: error,
      });
    });
    return c.json({ status: outcome });
  });
  return app as unknown as Hono;
}

/** A waiting event whose step failed, applied again; still failing for good is the entry's 422. */
async function reapply(sink: OrderlensEventSink, entry: DeadLetter) {
  try {
    return await sink.reapplyWaitingEvent(entry);
  } catch (error) {
    if (error instanceof DomainError || isTransientStoreError(error)) throw error;
    throw new DomainError('UNMAPPABLE', `Still not mappable: ${releaseFailure(error)}`);
  }
}

/** How long an admin waits before trying a replay the store could not do. */
const RETRY_AFTER_SECONDS = 5;

/** `first` as given, or 50; a value that is no count from 1 to the page limit is the caller's mistake. */
function pageSize(value: string | undefined): number {
  if (value === undefined) return 50;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_DEAD_LETTER_PAGE)
    throw new BadInputError(`first: a whole number from 1 to ${MAX_DEAD_LETTER_PAGE}.`);
  return n;
}
