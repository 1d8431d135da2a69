import { readdirSync, readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, Kind, Lexer, parse, Source, TokenKind, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as documents from '../../widget/src/client/documents/index.js';

const schemaDir = new URL('../../schema/', import.meta.url);
const sdl = readdirSync(schemaDir)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => readFileSync(new URL(f, schemaDir), 'utf8'))
  .join('\n');

const documentsDir = new URL('../../widget/src/client/documents/', import.meta.url);
const documentSources = readdirSync(documentsDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(new URL(f, documentsDir), 'utf8'))
  .join('\n');

/** Tokens as the BFF's armor counts them (it rejects documents over 2,000). */
function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

describe('the widget’s GraphQL documents', () => {
  const schema = buildSchema(sdl);
  const entries = Object.entries(documents);

  it('exports every document the panel, the inbox and the alerts send', () => {
    expect(entries.map(([name]) => name).sort()).toEqual([
      'ACKNOWLEDGE_EXCEPTION_MUTATION',
      'ASSIGN_EXCEPTION_MUTATION',
      'CUSTOMER_ORDERS_QUERY',
      'EXCEPTION_CHANGES_SUBSCRIPTION',
      'EXCEPTION_LIST_QUERY',
      'ORDER_PANEL_QUERY',
      'RESOLVE_EXCEPTION_MUTATION',
      'SNOOZE_EXCEPTION_MUTATION',
    ]);
  });

  it.each(entries)('%s is valid against schema/', (_name, text) => {
    const errors = validate(schema, parse(text));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it.each(entries)('%s stays well inside the BFF’s token limit', (_name, text) => {
    expect(tokenCount(text)).toBeLessThan(1_000);
  });

  it.each(entries)('%s is a plain string typed with its own operation’s generated types', (name, text) => {
    // A string, not a parsed document or a String object: the bundle carries the text alone.
    expect(typeof text).toBe('string');
    const operation = parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operation?.kind !== Kind.OPERATION_DEFINITION || !operation.name)
      throw new Error(`${name}: no named operation`);
    const suffix = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' }[
      operation.operation
    ];
    const result = `${operation.name.value}${suffix}`;
    // `export const NAME: Alias = …` with `type Alias = TypedDocumentString<Result, Variables>`.
    const alias = new RegExp(`export const ${name}:\\s*(\\w+)\\s*=`).exec(documentSources)?.[1];
    const declared = new RegExp(`type ${alias} = TypedDocumentString<\\s*(\\w+),\\s*(\\w+),?\\s*>`).exec(
      documentSources,
    );
    expect(declared?.slice(1)).toEqual([result, `${result}Variables`]);
  });

  it('cannot have its types generated from a schema it does not follow', async () => {
    // `Exception.summary` renamed: every document selecting `...ExceptionFields` no longer fits.
    const before = '  "One sentence for the agent."\n  summary: String!';
    expect(sdl).toContain(before);
    const renamed = sdl.replace(before, '  "One sentence for the agent."\n  headline: String!');
    const config = {
      schema: renamed,
      documents: 'widget/src/client/documents/*.ts',
      generates: { 'operations.ts': { plugins: ['typescript-operations'] } },
      silent: true,
    };
    await expect(generate(config, false)).rejects.toThrow(/Cannot query field "summary" on type "Exception"/);
    // The same configuration with the real schema generates: the failure above is the rename's.
    await expect(generate({ ...config, schema: sdl }, false)).resolves.toHaveLength(1);
  }, 60_000);
});
