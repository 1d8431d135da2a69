import {
  getOperationAST,
  locatedError,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import { fieldNodesAt } from './field-nodes-at.js';

type Compiled = Pick<CompiledQuery, 'query'>;
interface Seen {
  count: number;
  compiled?: Compiled | null;
}

/**
 * Runs queries through graphql-jit: a query seen a second time is compiled once into a function
 * that resolves its fields directly, which halves GraphQL's CPU per request against the generic
 * executor (decisions/0011). Results are the same; what differs is fixed up here:
 * - jit's errors carry locations but no AST nodes, so each is rebuilt as a `GraphQLError` on the
 *   nodes at its path, and masking and Yoga's serialiser keep its code and locations;
 * - a request error (bad variables: no `data`) is answered by the default executor, word for word.
 * Mutations, subscriptions and one-off documents take the default executor.
 * @example createYoga({ schema, plugins: [useCompiledExecution()] });
 */
export function useCompiledExecution(): Plugin {
  const seen = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Seen>>>();
  const entryFor = (schema: GraphQLSchema, document: DocumentNode, operationName: string) => {
    let bySchema = seen.get(schema);
    if (!bySchema) seen.set(schema, (bySchema = new WeakMap()));
    let byOperation = bySchema.get(document);
    if (!byOperation) bySchema.set(document, (byOperation = new Map()));
    let entry = byOperation.get(operationName);
    if (!entry) byOperation.set(operationName, (entry = { count: 0 }));
    entry.count++;
    return entry;
  };

  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operationName = args.operationName ?? null;
      const entry = entryFor(args.schema, args.document, operationName ?? '');
      // Compiling costs more than one execution; a document asked for once is not worth it.
      if (entry.count < 2) return;
      if (entry.compiled === undefined) {
        const operation = getOperationAST(args.document, operationName);
        const compiled =
          operation?.operation === 'query'
            ? compileQuery(args.schema, args.document, operationName ?? undefined)
            : null;
        entry.compiled = compiled && isCompiledQuery(compiled) ? compiled : null;
      }
      const compiled = entry.compiled;
      if (!compiled) return;
      setExecuteFn(async (execArgs) => {
        const result = await compiled.query(
          execArgs.rootValue,
          execArgs.contextValue,
          execArgs.variableValues,
        );
        if (!('data' in result)) return executeFn(execArgs);
        if (!result.errors?.length) return result;
        // Errors first, as the default executor writes them.
        const { errors, ...rest } = result;
        return { errors: errors.map((e) => relocated(e, execArgs.document, operationName)), ...rest };
      });
    },
  };
}

/** The error as the default executor would have built it: located on the AST nodes of its field. */
function relocated(error: GraphQLError, document: DocumentNode, operationName: string | null): GraphQLError {
  const nodes = error.path ? fieldNodesAt(document, operationName, error.path) : undefined;
  return locatedError(error.originalError ?? new Error(error.message), nodes, error.path);
}
