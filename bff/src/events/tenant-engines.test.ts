import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../domain/exception-engine.js';
import { TN, at, label, when } from '../domain/rules/__fixtures__/event-fixtures.js';
import { createStoreDouble } from '../domain/rules/__fixtures__/store-double.js';
import { createTenantEngines } from './tenant-engines.js';

describe('createTenantEngines', () => {
  const engine = createTenantEngines((tenant) =>
    tenant === 'globex' ? { ...DEFAULT_THRESHOLDS, firstScanHours: 6 } : DEFAULT_THRESHOLDS,
  );

  it('runs each tenant’s rules with its own thresholds', () => {
    const acme = createStoreDouble(engine);
    const globex = createStoreDouble(engine);
    acme.ingest({ ...label('l1', 0), tenant: 'acme' }, when(1));
    globex.ingest({ ...label('l1', 0), tenant: 'globex' }, when(1));
    expect(acme.subject('SHIPMENT', TN)?.wakeAt).toBe(at(24));
    expect(globex.subject('SHIPMENT', TN)?.wakeAt).toBe(at(6));
    acme.wakeDue(when(7));
    globex.wakeDue(when(7));
    expect(acme.types()).toEqual([]);
    expect(globex.types()).toEqual(['NO_CARRIER_SCAN']);
  });
});
