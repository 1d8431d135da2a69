import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer.js';
import type { GraphQLContext } from '../context.js';
import { createSchema } from '../schema.js';
import { createSharedRenderers, type SubscriptionRequest } from './shared-renderers.js';
import { startSubscription } from './start-subscription.js';

const viewer: Viewer = { id: 'anna', name: 'Anna', tenant: 'acme', roles: ['agent'], teams: ['eu'] };
const schema = createSchema();

const request = (query: string, variables: Record<string, unknown>): SubscriptionRequest => {
  const document = parse(query);
  return { query, document, operation: getOperationAST(document)!, operationName: null, variables };
};

describe('startSubscription', () => {
  it('writes a request error on the stream with a code and without a "Did you mean" hint, then completes', async () => {
    const frames: string[] = [];
    let ended = false;
    await startSubscription({
      schema,
      // Variables the stream server checks first; here they reach graphql-js as they are.
      request: request(
        'subscription ($s: [ExceptionSeverity!]) { exceptionChanges(filter: { severity: $s }) { cursor } }',
        { s: ['HIG'] },
      ),
      viewer,
      contextValue: { viewer, requestId: 'r' } as unknown as GraphQLContext,
      renderers: createSharedRenderers(() => ({})),
      writer: { write: (frame) => frames.push(String(frame)) > 0, drained: async () => {} },
      id: null,
      onEnd: () => void (ended = true),
    });
    expect(ended).toBe(true);
    expect(frames).toHaveLength(2);
    const result = JSON.parse(frames[0]!.slice(frames[0]!.indexOf('data: ') + 6)) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(result.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors[0]!.message).toContain('HIG');
    expect(frames[0]).not.toContain('Did you mean');
    expect(frames[0]).not.toContain('HIGH');
    expect(frames[1]).toBe('event: complete\ndata:\n\n');
  });
});
