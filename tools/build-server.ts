/**
 * `npm run build:server`: the server as one JavaScript file, server/dist/main.js, which production
 * (`npm run serve`, the Dockerfile) runs with plain node instead of transpiling TypeScript through
 * tsx at every start. Our own code is bundled (server, shared as TypeScript source, migrations,
 * fixtures: all imported statically); packages from node_modules stay imports, so PGlite finds its
 * wasm and data files in its own package. The snapshot worker thread's entry is bundled beside it, as
 * server/dist/snapshot-worker.js (server/src/modules/public/snapshot-runner.ts starts it). `npm run dev`, the CLIs and the tests keep running the
 * TypeScript through tsx.
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}server/dist`;

// Bare specifiers are packages, left to node at run time; the workspace's own shared package is source to bundle.
const packagesStayExternal: Plugin = {
  name: 'packages-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path === '@gci/shared' || args.path.startsWith('@gci/shared/') ? undefined : { path: args.path, external: true },
    );
  },
};

export async function buildServer(): Promise<void> {
  await rm(outdir, { recursive: true, force: true });
  const started = performance.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'server/src/main.ts', 'snapshot-worker': 'server/src/modules/public/snapshot-worker.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    conditions: ['@gci/source'],
    plugins: [packagesStayExternal],
    sourcemap: true,
    // stack traces keep our function names
    keepNames: true,
    logLevel: 'warning',
    metafile: true,
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + (o.bytes ?? 0), 0);
  console.log(`server/dist/main.js built in ${Math.round(performance.now() - started)} ms (${(bytes / 1024).toFixed(0)} kB with its source map)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildServer();
