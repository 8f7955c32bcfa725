import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';

// Resolve workspace packages to their TypeScript source (see shared/package.json "exports").
const resolve = { conditions: ['@gci/source', ...defaultServerConditions] };
const ssr = { resolve: { conditions: ['@gci/source', ...defaultServerConditions] } };

const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/** The server suite runs on embedded PGlite always, and again on PostgreSQL when a URL is given. */
const serverProject = (name: string, env: Record<string, string>): TestProjectInlineConfiguration => ({
  resolve,
  ssr,
  test: {
    name,
    include: ['server/src/**/*.test.ts'],
    environment: 'node',
    env,
    globalSetup: ['server/test/global-setup.ts', 'server/test/conformance-report.ts'],
    setupFiles: ['server/test/conformance-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Files share a worker's modules rather than importing the server afresh each (import time
    // 134 s → 13 s over the PGlite suite). Every file builds its own app and database; no test state
    // lives in modules (test factories count per database).
    isolate: false,
  },
});

const projects: TestProjectInlineConfiguration[] = [
  {
    resolve,
    ssr,
    test: { name: 'shared', include: ['shared/src/**/*.test.ts', 'fixtures/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
  },
  serverProject('server:pglite', { GCI_TEST_DB: 'pglite' }),
  // The web's logic and component markup without a browser (pure functions, react-dom/server), beside its code.
  { resolve, ssr, test: { name: 'web:unit', include: ['web/src/**/*.test.{ts,tsx}'], environment: 'node' } },
  {
    resolve,
    ssr,
    test: {
      name: 'web:browser',
      include: ['web/e2e/**/*.test.ts'],
      environment: 'node',
      globalSetup: ['web/e2e/support/global-setup.ts'],
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  },
];
if (testDatabaseUrl) projects.push(serverProject('server:postgres', { GCI_TEST_DB: 'postgres', TEST_DATABASE_URL: testDatabaseUrl }));

// Crash, outage and multi-process tests: real server processes on PostgreSQL clusters of their own.
projects.push({
  resolve,
  ssr,
  test: {
    name: 'reliability',
    include: ['server/test/reliability/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});

export default defineConfig({ test: { projects, pool: 'forks', maxWorkers: 2 } });
