import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, Lexer, parse, Source, TokenKind, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as documents from '../../widget/src/client/documents/index.js';

const schemaDir = new URL('../../schema/', import.meta.url);
const sdl = readdirSync(schemaDir)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => readFileSync(new URL(f, schemaDir), 'utf8'))
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
});
