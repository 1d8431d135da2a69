import { assertCan, assignmentAction } from '../../auth/permissions.js';
import { BadInputError } from '../../domain/errors.js';
import type { MutationResolvers } from '../generated/resolvers.js';

/** Agent actions on exceptions: permission first, then one audited store command each. */
export const Mutation: MutationResolvers = {
  acknowledgeException: (_, { id }, ctx) => {
    assertCan(ctx.viewer, 'acknowledge');
    return ctx.commands.acknowledge({ tenant: ctx.viewer.tenant, id, actor: ctx.viewer.id });
  },
  snoozeException: (_, { id, until }, ctx) => {
    assertCan(ctx.viewer, 'snooze');
    return ctx.commands.snooze({ tenant: ctx.viewer.tenant, id, actor: ctx.viewer.id, until });
  },
  resolveException: (_, { id, note }, ctx) => {
    assertCan(ctx.viewer, 'resolve');
    if (!note.trim()) throw new BadInputError('Say in `note` what was done.');
    return ctx.commands.resolve({ tenant: ctx.viewer.tenant, id, actor: ctx.viewer.id, note });
  },
  // Whose the exception is now is read inside the command's transaction: taking over or clearing
  // someone else's needs assign-others, as giving it to someone else does.
  assignException: (_, { id, agentId }, ctx) => {
    const assignee = agentId ?? null;
    assertCan(ctx.viewer, assignmentAction(ctx.viewer, null, assignee));
    return ctx.commands.assign({
      tenant: ctx.viewer.tenant,
      id,
      actor: ctx.viewer.id,
      assignee,
      authorize: (current) => assertCan(ctx.viewer, assignmentAction(ctx.viewer, current.assignee, assignee)),
    });
  },
};
