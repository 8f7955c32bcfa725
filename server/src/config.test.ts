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

  it('reads TRUST_PROXY as a number of hops or a list of proxy addresses, never "every proxy"', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.7,2001:db8::/32' }).trustProxy).toBe('10.0.0.0/8,192.0.2.7,2001:db8::/32');
    expect(loadConfig({ TRUST_PROXY: '1' }).cookieSecure).toBe(true);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
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

describe('demo data and mail configuration', () => {
  it('loads the demo by default in development only, and needs ALLOW_DEMO to run it in production', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).allowDemo).toBe(false);
    expect(loadConfig({ ALLOW_DEMO: 'yes' }).allowDemo).toBe(true);
  });

  it('writes mail to files under DATA_DIR without SMTP_URL, and sends it over SMTP with one', () => {
    expect(loadConfig({ DATA_DIR: '/var/gci' }, '/srv').mail.transport).toEqual({ kind: 'files', dir: '/var/gci/mail' });
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.org:465', SMTP_TLS_VERIFY: 'false' }).mail.transport).toEqual({
      kind: 'smtp',
      url: 'smtps://u:p@mail.example.org:465',
      tlsVerify: false,
      requireTls: false,
    });
    expect(() => loadConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
  });

  it('builds links from PUBLIC_URL, or from the address it listens on', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://gci.example.org/' }).publicUrl).toBe('https://gci.example.org');
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://127.0.0.1:8080');
    expect(loadConfig({ HOST: '0.0.0.0' }).publicUrl).toBe('http://localhost:3000');
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://x' })).toThrow(/PUBLIC_URL/);
  });
});
