import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isInputObjectType, isNonNullType, isObjectType, isEnumType, type GraphQLField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../bff/src/graphql/schema.js';

describe('schema/', () => {
  const schema = createSchema();
  const own = Object.values(schema.getTypeMap()).filter(
    (t) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name),
  );

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of own) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type))
        for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('keeps every field backed by another system than the ERP nullable, so a failure cannot wipe its parent', () => {
    const order = schema.getType('Order');
    if (!isObjectType(order)) throw new Error('Order missing');
    const fields = order.getFields() as Record<string, GraphQLField<unknown, unknown>>;
    for (const name of ['shipments', 'cases', 'customer', 'returns', 'refunds']) {
      expect(isNonNullType(fields[name]!.type), `Order.${name}`).toBe(false);
    }
    const quantities = schema.getType('LineQuantities');
    if (!isObjectType(quantities)) throw new Error('LineQuantities missing');
    for (const name of ['allocated', 'picked', 'shipped', 'backordered']) {
      expect(isNonNullType(quantities.getFields()[name]!.type), `LineQuantities.${name}`).toBe(false);
    }
    const query = schema.getQueryType()!.getFields();
    expect(isNonNullType(query.order!.type)).toBe(false);
    expect(isNonNullType(query.searchOrders!.type)).toBe(false);
  });

  /** Runs `codegen.ts` once, every target redirected to a temporary folder, and returns that folder. */
  let generated: string | undefined;
  const generateToTemp = () => {
    if (generated) return generated;
    const out = mkdtempSync(join(tmpdir(), 'orderlens-codegen-'));
    execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts'], {
      env: {
        ...process.env,
        ORDERLENS_CODEGEN_OUT: join(out, 'resolvers.ts'),
        ORDERLENS_WIDGET_CODEGEN_OUT: join(out, 'operations.ts'),
      },
      stdio: 'pipe',
    });
    return (generated = out);
  };

  it('matches the committed resolver types (run `npm run codegen` after changing schema/)', () => {
    const committed = 'bff/src/graphql/generated/resolvers.ts';
    expect(readFileSync('codegen.ts', 'utf8')).toContain(committed);
    expect(readFileSync(join(generateToTemp(), 'resolvers.ts'), 'utf8')).toBe(
      readFileSync(committed, 'utf8'),
    );
  });

  it('matches the committed widget operation types (run `npm run codegen` after changing schema/ or a widget document)', () => {
    const committed = 'widget/src/client/generated/operations.ts';
    expect(readFileSync('codegen.ts', 'utf8')).toContain(committed);
    expect(readFileSync(join(generateToTemp(), 'operations.ts'), 'utf8')).toBe(
      readFileSync(committed, 'utf8'),
    );
  });
});
