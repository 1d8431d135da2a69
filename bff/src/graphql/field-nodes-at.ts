import {
  Kind,
  getOperationAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The field nodes a response path points at (`['order', 'lines', 0, 'sku']`), looking through
 * fragments; list indices are skipped. Nodes of every type condition are included, which can only
 * add locations, never lose one.
 * @example fieldNodesAt(parse('{ order(ref: "x") { id } }'), null, ['order', 'id'])[0].loc
 */
export function fieldNodesAt(
  document: DocumentNode,
  operationName: string | null,
  path: readonly (string | number)[],
): FieldNode[] | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  let sets: readonly SelectionSetNode[] = [operation.selectionSet];
  let nodes: FieldNode[] = [];
  for (const key of path) {
    if (typeof key === 'number') continue;
    nodes = [];
    for (const set of sets) collect(set, key, fragments, nodes, new Set());
    sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  }
  return nodes.length ? nodes : undefined;
}

function collect(
  set: SelectionSetNode,
  responseKey: string,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  into: FieldNode[],
  visited: Set<string>,
): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if ((selection.alias ?? selection.name).value === responseKey) into.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, responseKey, fragments, into, visited);
    } else if (!visited.has(selection.name.value)) {
      // A validated document has no fragment cycles; the guard only keeps a bad one from looping.
      visited.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) collect(fragment.selectionSet, responseKey, fragments, into, visited);
    }
  }
}
