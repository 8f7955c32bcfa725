import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_PREPARED_STATEMENTS } from './db/prepared-statements.ts';

/** `192.0.2.7`, `10.0.0.0/8`, `2001:db8::/32`. */
function isAddressOrCidr(text: string): boolean {
  const [address = '', prefix, ...rest] = text.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

const booleanFromEnv = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** PostgreSQL connection string; when unset the embedded PGlite database is used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Where the embedded database lives (one server process at a time). */
  DATA_DIR: z.string().min(1).default('./data'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Milliseconds; PostgreSQL and pg default to no limit, which lets one stuck query hold a request forever. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /** Distinct queries each connection keeps prepared; 0 for a pooler in transaction mode that cannot keep them. */
  DB_PREPARED_STATEMENTS: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_PREPARED_STATEMENTS),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Serve the built web app (web/dist) on the API's port; on by default in production. */
  SERVE_WEB: booleanFromEnv.optional(),
  WEB_DIST: z.string().default('web/dist'),
  /** Load the synthetic demo data when the database is empty; off by default in production. */
  SEED_DEMO: booleanFromEnv.optional(),
  /** In production the server refuses to start while demo accounts exist, unless this says it is a public demo site. */
  ALLOW_DEMO: booleanFromEnv.default(false),
  /** The address people reach the platform at: links in mail (invitations, resets) start with it. */
  PUBLIC_URL: z.url({ protocol: /^https?$/, message: 'an http(s) address such as https://gci.example.org' }).optional(),
  /** Where mail goes: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://host:465. Unset: .eml files under DATA_DIR/mail. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  /** The sender of every message, e.g. "GCI platform <gci@example.org>". */
  MAIL_FROM: z.string().min(3).default('GCI platform <no-reply@localhost>'),
  /** Refuse an SMTP server whose TLS certificate does not verify (turn off only for a test relay). */
  SMTP_TLS_VERIFY: booleanFromEnv.default(true),
  /** Require STARTTLS on smtp:// (a relay that offers no TLS is then refused). */
  SMTP_REQUIRE_TLS: booleanFromEnv.default(false),
  /** Deliver the mail outbox from this process (turn off where a separate worker runs `npm run mail-worker`). */
  MAIL_WORKER: booleanFromEnv.default(true),
  /**
   * Behind a TLS-terminating proxy, which proxies to believe about the client's address: a number
   * of hops (`1`: the nearest one; `true` means 1), or the proxies' addresses and CIDRs
   * (`10.0.0.0/8,192.0.2.7`). Never "every proxy": the leftmost X-Forwarded-For is the client's to write.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v, ctx): false | number | string => {
      const value = v.trim().toLowerCase();
      if (['', 'false', '0', 'no'].includes(value)) return false;
      if (['true', 'yes'].includes(value)) return 1;
      if (/^\d+$/.test(value)) return Number(value);
      const entries = value.split(',').map((x) => x.trim());
      const bad = entries.find((x) => !isAddressOrCidr(x));
      if (bad === undefined) return entries.join(',');
      ctx.addIssue({ code: 'custom', message: `"${bad}" is neither a number of hops nor an IP address or CIDR` });
      return z.NEVER;
    }),
  COOKIE_SECURE: booleanFromEnv.optional(),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
});

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly database: { readonly kind: 'postgres'; readonly url: string } | { readonly kind: 'pglite'; readonly dataDir: string };
  readonly db: { readonly poolMax: number; readonly statementTimeoutMs: number; readonly connectTimeoutMs: number; readonly preparedStatements?: number };
  readonly logLevel: string;
  readonly serveWeb: boolean;
  readonly webDist: string;
  readonly seedDemo: boolean;
  readonly allowDemo: boolean;
  readonly publicUrl: string;
  readonly dataDir: string;
  readonly mail: {
    readonly from: string;
    readonly transport:
      | { readonly kind: 'smtp'; readonly url: string; readonly tlsVerify: boolean; readonly requireTls: boolean }
      | { readonly kind: 'files'; readonly dir: string };
    readonly worker: boolean;
  };
  /** false, a number of trusted hops, or the trusted proxies' addresses and CIDRs, comma-separated (Fastify's `trustProxy`) */
  readonly trustProxy: false | number | string;
  readonly cookieSecure: boolean;
  readonly requestTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment once; the only reader of process.env. Throws a ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(cleaned[String(i.path[0])])})`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL ? { kind: 'postgres' as const, url: e.DATABASE_URL } : { kind: 'pglite' as const, dataDir: path.resolve(cwd, e.DATA_DIR) },
    db: {
      poolMax: e.DB_POOL_MAX,
      statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
      connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
      preparedStatements: e.DB_PREPARED_STATEMENTS,
    },
    logLevel: e.LOG_LEVEL,
    serveWeb: e.SERVE_WEB ?? production,
    webDist: path.resolve(cwd, e.WEB_DIST),
    seedDemo: e.SEED_DEMO ?? !production,
    allowDemo: e.ALLOW_DEMO,
    publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST === '0.0.0.0' ? 'localhost' : e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    dataDir: path.resolve(cwd, e.DATA_DIR),
    mail: {
      from: e.MAIL_FROM,
      transport: e.SMTP_URL
        ? { kind: 'smtp' as const, url: e.SMTP_URL, tlsVerify: e.SMTP_TLS_VERIFY, requireTls: e.SMTP_REQUIRE_TLS }
        : { kind: 'files' as const, dir: path.resolve(cwd, e.DATA_DIR, 'mail') },
      worker: e.MAIL_WORKER,
    },
    trustProxy: e.TRUST_PROXY,
    cookieSecure: e.COOKIE_SECURE ?? e.TRUST_PROXY !== false,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
  });
}
