import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BadInputError, UpstreamError } from '../domain/errors.js';
import { maskError } from './errors.js';

const located = (originalError: Error) =>
  new GraphQLError(originalError.message, { originalError, path: ['order', 'shipments'] });

describe('maskError', () => {
  it('gives domain errors their code and system and keeps their path', () => {
    const masked = maskError(
      located(new UpstreamError('UPSTREAM_TIMEOUT', 'WMS', 'WMS did not answer in time.')),
      'x',
    ) as GraphQLError;
    expect(masked.toJSON()).toEqual({
      message: 'WMS did not answer in time.',
      path: ['order', 'shipments'],
      extensions: { code: 'UPSTREAM_TIMEOUT', system: 'WMS' },
    });
    expect((maskError(located(new BadInputError('bad')), 'x') as GraphQLError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
    });
  });

  it('masks anything else without message, stack or cause', () => {
    const leak = new Error('connect ECONNREFUSED 10.0.0.7:5432');
    const masked = maskError(located(leak), 'Unexpected error.') as GraphQLError;
    expect(masked.toJSON()).toEqual({
      message: 'Unexpected error.',
      path: ['order', 'shipments'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('passes validation and syntax errors through', () => {
    const validation = new GraphQLError('Cannot query field "nope" on type "Query".');
    expect(maskError(validation, 'x')).toBe(validation);
  });
});
