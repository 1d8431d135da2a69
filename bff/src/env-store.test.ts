import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from './domain/exception-engine.js';
import { readEnv } from './env.js';

describe('readEnv: store, pub/sub and rule thresholds', () => {
  it('defaults to a SQLite file in .data, in-process pub/sub and the default thresholds', () => {
    const env = readEnv({});
    expect(env.store).toEqual({ databaseUrl: null, sqlitePath: '.data/orderlens.sqlite' });
    expect(env.redisUrl).toBeNull();
    expect(env.rules).toEqual(DEFAULT_THRESHOLDS);
  });

  it('reads PostgreSQL, Redis, the data directory and thresholds', () => {
    const env = readEnv({
      DATABASE_URL: 'postgres://orderlens@db:5432/orderlens',
      REDIS_URL: 'redis://cache:6379',
      DATA_DIR: '/var/lib/orderlens',
      RULE_RELEASE_HOURS: '12',
      RULE_FIRST_SCAN_HOURS: '6',
      RULE_CREDIT_HOURS: '48',
      RULE_DRIFT_MINUTES: '15',
    });
    expect(env.store).toEqual({
      databaseUrl: 'postgres://orderlens@db:5432/orderlens',
      sqlitePath: '/var/lib/orderlens/orderlens.sqlite',
    });
    expect(env.redisUrl).toBe('redis://cache:6379');
    expect(env.rules).toEqual({ releaseHours: 12, firstScanHours: 6, creditHours: 48, driftMinutes: 15 });
  });

  it('names the variable when a URL has the wrong scheme or a threshold is not positive', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://db/x' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => readEnv({ REDIS_URL: 'http://cache' })).toThrow(/REDIS_URL/);
    expect(() => readEnv({ RULE_DRIFT_MINUTES: '0' })).toThrow(/RULE_DRIFT_MINUTES/);
    expect(() => readEnv({ RULE_CREDIT_HOURS: 'soon' })).toThrow(/RULE_CREDIT_HOURS/);
  });
});
