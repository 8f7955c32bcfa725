import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { hasChromium } from './browser.ts';
import { createSeededDataDir, SEEDED_DATA_DIR_ENV } from './start-server.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Once per run of the browser tests: the builds brought up to date, and one seeded database that
 * every test file's server starts from a copy of (the test workers inherit the environment
 * variable). Nothing when the tests are skipped.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (!hasChromium) return undefined;
  // the servers run web/dist and server/dist: build them if their sources changed (npm test just did)
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'tools/build-if-changed.ts'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the web app and the server for the browser tests failed');
  const dataDir = await createSeededDataDir();
  process.env[SEEDED_DATA_DIR_ENV] = dataDir;
  return async () => {
    delete process.env[SEEDED_DATA_DIR_ENV];
    await rm(dataDir, { recursive: true, force: true });
  };
}
