import { Hono } from 'hono';
import type { TokenVerifier } from '../auth/verify-token.js';
import { DomainError } from '../domain/errors.js';
import type { OrderlensEventSink } from './create-event-sink.js';
import { normaliseWebhook, type NormaliseOptions } from './normalisers/normalise-webhook.js';
import { isWebhookSource } from './webhook-source.js';

/**
 * Supervisors' view of the dead-letter list: `GET /admin/dead-letters` lists the tenant's unmapped
 * webhooks, `POST /admin/dead-letters/:id/replay` maps one again (after a mapping was added) and
 * ingests it. Same bearer tokens as the API; other roles get 403, other tenants' ids 404.
 * @example app.route('/', createDeadLetterRoutes({ sink, verifyToken, normalise }));
 */
export function createDeadLetterRoutes(options: {
  sink: OrderlensEventSink;
  verifyToken: TokenVerifier;
  normalise: NormaliseOptions;
}): Hono {
  const app = new Hono<{ Variables: { tenant: string } }>();
  app.use('/admin/*', async (c, next) => {
    let viewer;
    try {
      viewer = await options.verifyToken(c.req.header('authorization'));
    } catch {
      return c.json({ error: 'A valid bearer token is required.' }, 401);
    }
    if (!viewer.roles.includes('supervisor')) return c.json({ error: 'Supervisors only.' }, 403);
    c.set('tenant', viewer.tenant);
    await next();
  });
  app.get('/admin/dead-letters', async (c) =>
    c.json({ deadLetters: await options.sink.listDeadLetters(c.get('tenant'), { limit: 200 }) }),
  );
  app.post('/admin/dead-letters/:id/replay', async (c) => {
    try {
      const outcome = await options.sink.replayDeadLetter(
        c.req.param('id'),
        async (entry) => {
          if (!isWebhookSource(entry.source))
            throw new DomainError('UNMAPPABLE', `Unknown source ${entry.source}.`);
          const result = normaliseWebhook(
            entry.source,
            {
              tenant: entry.tenant,
              headers: new Headers(entry.headers),
              body: JSON.parse(entry.body) as unknown,
            },
            options.normalise,
          );
          if (result.kind !== 'event')
            throw new DomainError('UNMAPPABLE', `Still not mappable: ${result.reason}`);
          return options.sink.ingest(result.event);
        },
        c.get('tenant'),
      );
      return c.json({ status: outcome });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const status = error.code === 'NOT_FOUND' ? 404 : error.code === 'CONFLICT' ? 409 : 422;
      return c.json({ error: error.message, code: error.code }, status);
    }
  });
  return app as unknown as Hono;
}
