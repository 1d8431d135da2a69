import type { QueryResolvers } from '../../generated/resolvers.js';

export const viewer: QueryResolvers['viewer'] = (_, __, ctx) => ctx.viewer;
