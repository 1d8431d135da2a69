import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/start-stack.js';
import { postWebhook, shortPickWebhook } from '../support/wms-webhook.js';

const ASSIGN = `mutation ($id: ID!, $agentId: String) { assignException(id: $id, agentId: $agentId) { id assignee } }`;
const ONE = `query ($order: String) { exceptions(filter: { orderNumber: $order }, first: 1) { edges { node { id assignee } } } }`;

describe('assignException over /graphql', () => {
  let stack: Stack;
  let samples: any[];
  let used = 0;

  beforeAll(async () => {
    stack = await startStack();
    samples = stack.samples('acme', 6) as any[];
    // Every agent here has made a request, so each is a known agent of their tenant.
    for (const agent of ['agent-anna', 'lead-lukas', 'agent-gary'])
      await stack.gql(`{ exceptions(first: 1) { feedCursor } }`, {}, agent);
    await stack.orderlens.services.agents.settled();
  });
  afterAll(() => stack.close());

  /** A fresh open, unassigned exception on its own order. */
  const newException = async (): Promise<string> => {
    const sample = samples[used++];
    const hook = shortPickWebhook({
      tenant: 'acme',
      orderNumber: sample.erpOrderNumber,
      wmsReference: sample.wmsReference,
    });
    expect((await postWebhook(stack.url, hook)).status).toBe(202);
    const { body } = await stack.gql(ONE, { order: sample.erpOrderNumber }, 'agent-anna');
    return body.data.exceptions.edges[0].node.id;
  };
  const assign = (id: string, agentId: string | null, as: string) => stack.gql(ASSIGN, { id, agentId }, as);
  const assigneeOf = async (id: string) => {
    const { body } = await stack.gql(`query ($id: ID!) { exception(id: $id) { assignee } }`, { id });
    return body.data.exception.assignee as string | null;
  };
  const codeOf = (res: { body: { errors?: any[] } }) => res.body.errors?.[0]?.extensions?.code;

  it('lets an agent take an unassigned exception and let go of it', async () => {
    const id = await newException();
    expect((await assign(id, 'agent-anna', 'agent-anna')).body.data).toEqual({
      assignException: { id, assignee: 'agent-anna' },
    });
    expect((await assign(id, null, 'agent-anna')).body.data.assignException.assignee).toBeNull();
  });

  it('refuses an agent taking over or clearing an exception assigned to someone else (FORBIDDEN)', async () => {
    const id = await newException();
    await assign(id, 'lead-lukas', 'lead-lukas');
    const takeOver = await assign(id, 'agent-anna', 'agent-anna');
    expect(codeOf(takeOver)).toBe('FORBIDDEN');
    expect(takeOver.body.data).toBeNull();
    expect(codeOf(await assign(id, null, 'agent-anna'))).toBe('FORBIDDEN');
    expect(codeOf(await assign(id, 'lead-lukas', 'agent-anna'))).toBe('FORBIDDEN');
    expect(await assigneeOf(id)).toBe('lead-lukas');
  });

  it('lets a lead take over, give and clear another agent’s exception', async () => {
    const id = await newException();
    await assign(id, 'agent-anna', 'agent-anna');
    expect((await assign(id, 'lead-lukas', 'lead-lukas')).body.data.assignException.assignee).toBe(
      'lead-lukas',
    );
    expect((await assign(id, 'agent-anna', 'lead-lukas')).body.data.assignException.assignee).toBe(
      'agent-anna',
    );
    expect((await assign(id, null, 'lead-lukas')).body.data.assignException.assignee).toBeNull();
  });

  it('refuses an assignee who is not a known agent of the tenant (BAD_USER_INPUT)', async () => {
    const id = await newException();
    for (const agentId of ['agent-gary', 'agent-nobody']) {
      const res = await assign(id, agentId, 'lead-lukas');
      expect(codeOf(res), agentId).toBe('BAD_USER_INPUT');
      expect(res.body.errors![0].message).toMatch(/Unknown agent/);
    }
    expect(await assigneeOf(id)).toBeNull();
  });

  it('knows the embedded demo’s agents before they have made a request', async () => {
    const id = await newException();
    // sup-sofia has sent nothing to this stack: the demo's agents are recorded at start.
    expect((await assign(id, 'sup-sofia', 'lead-lukas')).body.data.assignException.assignee).toBe(
      'sup-sofia',
    );
  });

  it('answers NOT_FOUND for another tenant’s exception, whatever the role', async () => {
    const id = await newException();
    expect(codeOf(await assign(id, 'agent-gary', 'agent-gary'))).toBe('NOT_FOUND');
    expect(await assigneeOf(id)).toBeNull();
  });
});
