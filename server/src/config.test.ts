import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe(loadConfig.name, () => {
  it('uses the embedded database and port 3000 on 127.0.0.1 by default', () => {
    const config = loadConfig({}, '/srv/gci');
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.database).toEqual({ kind: 'pglite', dataDir: path.resolve('/srv/gci', './data') });
    expect(config.serveWeb).toBe(false);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set and serves the web app in production', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/gci', NODE_ENV: 'production', PORT: '8080', HOST: '0.0.0.0' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/gci' });
    expect(config.serveWeb).toBe(true);
    expect(config.port).toBe(8080);
    expect(config.host).toBe('0.0.0.0');
    expect(config.db).toEqual({ poolMax: 10, statementTimeoutMs: 10_000, connectTimeoutMs: 5_000, preparedStatements: 200 });
    expect(loadConfig({ DB_PREPARED_STATEMENTS: '0' }).db.preparedStatements).toBe(0);
    expect(() => loadConfig({ DB_PREPARED_STATEMENTS: '-1' })).toThrow(/DB_PREPARED_STATEMENTS/);
  });

  it('lists every bad variable in one readable error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SEED_DEMO: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems).toHaveLength(3);
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/DATABASE_URL: must start with postgres/);
    expect(message).toMatch(/SEED_DEMO/);
  });
});
