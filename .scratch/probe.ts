import { createClient } from 'graphql-sse';
import { startStack } from '../tests/support/start-stack.js';
import { ordersInFulfilment, simulateShortPick } from '../tests/e2e/support/wms-events.js';

const stack = await startStack();
const token = await stack.tokenFor('agent-anna');
const client = createClient({
  singleConnection: true,
  url: `${stack.url}/graphql/stream`,
  headers: { authorization: `Bearer ${token}` },
  retryAttempts: 0,
});
const got: any[] = [];
const dispose = client.subscribe(
  { query: 'subscription($a:String){exceptionChanges(after:$a){cursor kind exception{id type severity status orderNumber summary dueAt openedAt}}}', variables: { a: null } },
  { next: (v) => { got.push(v); console.log('NEXT', JSON.stringify(v)); }, error: (e) => console.log('ERR', e, e?.response?.status), complete: () => console.log('COMPLETE') },
);
await new Promise((r) => setTimeout(r, 500));
const order = ordersInFulfilment('acme')[0]!;
console.log('order', order.number, order.wms!.ref, order.customer?.tier);
await simulateShortPick(stack.url, order);
await new Promise((r) => setTimeout(r, 1500));
const list = await stack.gql('{exceptions(first:5){edges{cursor node{id type severity status orderNumber summary dueAt openedAt}} pageInfo{hasNextPage endCursor}}}');
console.log(JSON.stringify(list.body, null, 1));
const id = list.body.data.exceptions.edges[0]?.node.id;
const v = await stack.gql('mutation($id:ID!){acknowledgeException(id:$id){id status}}', { id }, 'viewer-vera');
console.log('viewer ack', JSON.stringify(v));
const a = await stack.gql('mutation($id:ID!){acknowledgeException(id:$id){id status}}', { id }, 'agent-anna');
console.log('anna ack', JSON.stringify(a));
const o = await stack.gql('query($r:String!){order(ref:$r){id exceptions{id status severity}}}', { r: order.number });
console.log('order ex', JSON.stringify(o.body));
await new Promise((r) => setTimeout(r, 1000));
console.log('events', got.length);
dispose();
client.dispose();
await stack.close();
