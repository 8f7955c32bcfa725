import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { defineConfig, defaultClientConditions, defaultServerConditions, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The platform server (Fastify) listens here in development: `npm run dev` at the repo root.
const apiTarget = 'http://127.0.0.1:3000';

// Text the server sends (see server/src/http/compression.ts); source maps are left to on-the-fly compression.
const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|txt|xml|webmanifest)$/;
const THRESHOLD = 1024;
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes name.br and name.gz beside every text file of the build, compressed once at the highest
 * settings; the server sends them as they are (@fastify/static `preCompressed`). A file under the
 * threshold, or one that would not get smaller, keeps only its plain form.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  let isServerBuild = false;
  return {
    name: 'gci-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      isServerBuild = Boolean(config.build.ssr);
    },
    async closeBundle() {
      if (isServerBuild) return; // the server-rendering bundle is read from disk, never sent
      const files = (await readdir(outDir, { recursive: true })).filter((f) => COMPRESSIBLE.test(f));
      let compressed = 0;
      let before = 0;
      let after = 0;
      await Promise.all(
        files.map(async (file) => {
          const full = path.join(outDir, file);
          if ((await stat(full)).size < THRESHOLD) return;
          const body = await readFile(full);
          const [br, gz] = await Promise.all([
            brotli(body, {
              params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
            }),
            gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION }),
          ]);
          if (br.length < body.length) await writeFile(`${full}.br`, br);
          if (gz.length < body.length) await writeFile(`${full}.gz`, gz);
          compressed++;
          before += body.length;
          after += Math.min(br.length, body.length);
        }),
      );
      this.info(`pre-compressed ${compressed} files: ${(before / 1024).toFixed(0)} kB → ${(after / 1024).toFixed(0)} kB with brotli`);
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: {
    // '@gci/shared' is consumed as TypeScript source (see shared/package.json "exports").
    conditions: ['@gci/source', ...defaultClientConditions],
  },
  // `vite build --ssr src/entry-server.tsx` (npm run build): the public pages rendered by the platform
  // server. Everything is bundled, libraries included: the server's container has no web dependencies.
  ssr: {
    noExternal: true,
    resolve: { conditions: ['@gci/source', ...defaultServerConditions], externalConditions: ['@gci/source'] },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/docs': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // which stylesheets and scripts each page module needs: the server links them in the pages it renders
    manifest: true,
    // Route modules are split by `lazy` in src/app/router.tsx; these groups only keep the libraries
    // every page needs in long-cached chunks, so a change to a page does not invalidate them.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'framework', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
});
