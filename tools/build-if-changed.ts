/**
 * `npm start`'s first step: builds the web app and the server only when what they are built from
 * changed since their last build. Each build's inputs are hashed (paths and contents) and the hash
 * is kept inside its output folder, so a build made by hand (which empties the folder) or a deleted
 * folder means building again. `--force` builds both anyway.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from './build-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// the lock file: a new version of a dependency is a new build
const COMMON = ['package-lock.json', 'shared/src', 'shared/package.json'];

interface Target {
  name: string;
  /** files and folders (every file under them) the build reads */
  inputs: string[];
  /** a file the build leaves when it succeeded */
  output: string;
  stamp: string;
  build: () => Promise<void>;
}

const npmBuild = (workspace: string) => () => {
  // a production build whoever asks: under vitest (NODE_ENV=test, the browser tests' setup) the
  // server-rendering bundle would otherwise use React's development JSX runtime and fail every page
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync('npm', ['run', 'build', '-w', workspace], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`npm run build -w ${workspace} failed`);
  return Promise.resolve();
};

const TARGETS: Target[] = [
  {
    name: 'web app',
    inputs: [...COMMON, 'web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'web/package.json'],
    // the build's last step: the bundle that renders public pages on the server
    output: 'web/dist-ssr/entry-server.js',
    stamp: 'web/dist/.inputs-sha256',
    build: npmBuild('@gci/web'),
  },
  {
    name: 'server',
    inputs: [...COMMON, 'server/src', 'server/package.json', 'migrations', 'fixtures', 'tools/build-server.ts'],
    output: 'server/dist/main.js',
    stamp: 'server/dist/.inputs-sha256',
    build: buildServer,
  },
];

async function filesUnder(relative: string): Promise<string[]> {
  const full = path.join(root, relative);
  if (!existsSync(full)) return [];
  if (!(await stat(full)).isDirectory()) return [relative];
  const entries = await readdir(full, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** One hash of every input file's path and bytes, in a fixed order. */
export async function hashInputs(inputs: readonly string[]): Promise<string> {
  const files = (await Promise.all(inputs.map(filesUnder))).flat().sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.split(path.sep).join('/')}\0`).update(await readFile(path.join(root, file)));
  return hash.digest('hex');
}

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  for (const target of TARGETS) {
    const hash = await hashInputs(target.inputs);
    const stamp = path.join(root, target.stamp);
    const previous = existsSync(stamp) ? (await readFile(stamp, 'utf8')).trim() : undefined;
    if (!force && previous === hash && existsSync(path.join(root, target.output))) {
      console.log(`The ${target.name} is up to date (its sources have not changed since it was built).`);
      continue;
    }
    console.log(`Building the ${target.name} (${previous ? 'its sources changed' : 'no build yet'})…`);
    await target.build();
    await writeFile(stamp, `${hash}\n`);
  }
}

await main();
