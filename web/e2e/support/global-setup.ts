import { rm } from 'node:fs/promises';
import { hasChromium } from './browser.ts';
import { createSeededDataDir, SEEDED_DATA_DIR_ENV } from './start-server.ts';

/**
 * Once per run of the browser tests: one seeded database that every test file's server starts from
 * a copy of (the test workers inherit the environment variable). Nothing when the tests are skipped.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (!hasChromium) return undefined;
  const dataDir = await createSeededDataDir();
  process.env[SEEDED_DATA_DIR_ENV] = dataDir;
  return async () => {
    delete process.env[SEEDED_DATA_DIR_ENV];
    await rm(dataDir, { recursive: true, force: true });
  };
}
