import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { defineConfig, defaultClientConditions, defaultServerConditions, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { MAP_HEIGHT, MAP_WIDTH, projectWorld, type WorldAtlas } from './src/features/public-results/components/map/world-projection.ts';

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

/**
 * The public map's shapes, projected once at build time: the built world-shapes.ts is its result
 * (29 kB compressed) instead of d3-geo, topojson and the atlas (43 kB) plus a tenth of a second of
 * projecting on every visitor's phone. The development server and tests run the module as written.
 */
function worldShapes(): Plugin {
  const module = /[\\/]components[\\/]map[\\/]world-shapes\.ts$/;
  return {
    name: 'gci-world-shapes',
    apply: 'build',
    async load(id) {
      if (!module.test(id.split('?')[0]!)) return null;
      const atlas = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
      const { shapes, markers } = projectWorld(JSON.parse(await readFile(atlas, 'utf8')) as WorldAtlas);
      return [
        `export const MAP_WIDTH = ${MAP_WIDTH};`,
        `export const MAP_HEIGHT = ${MAP_HEIGHT};`,
        `export const WORLD_SHAPES = ${JSON.stringify(shapes)};`,
        `export const SMALL_STATE_MARKERS = new Map(${JSON.stringify(markers)});`,
      ].join('\n');
    },
  };
}

export default defineConfig({
  plugins: [react(), worldShapes(), precompress()],
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
    // which scripts each page module needs: the server preloads them in the pages it renders
    manifest: true,
    // One stylesheet for the whole app (74 kB, 15 kB compressed), linked from index.html: a page the
    // server renders is styled by the one request that blocks its first paint, not a dozen small ones.
    cssCodeSplit: false,
    // Route modules are split by `lazy` in src/app/router.tsx; these groups only keep the libraries
    // every page needs in long-cached chunks, so a change to a page does not invalidate them.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'framework', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            // recharts and the state libraries it alone uses: loaded only by pages that draw a chart (d3 is shared with the map)
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|victory-vendor|@reduxjs|redux|react-redux|immer|reselect|decimal\.js-light|es-toolkit|eventemitter3)[\\/]/,
            },
            // the app's modules every page runs (shell, session, i18n, API client): one request, not thirty of
            // 1–4 kB. Not the entry itself: it awaits the route's modules, which import this chunk, so with
            // it inside, the chunk and the route's would wait for each other and the page never hydrate.
            { name: 'app', tags: ['$initial'], test: /[\\/](web[\\/]src[\\/](?!main\.tsx)|shared[\\/]src[\\/])/ },
            // what the pages the server renders share (results, profiles with their practice examples), the world
            // map excepted: it loads after the first paint. Not the API's contracts: they bring zod, and are
            // loaded at a page's first call (features/public-results/api/public-contracts.ts).
            {
              name: 'public',
              test: /[\\/]web[\\/]src[\\/](features[\\/](public-results[\\/](?!components[\\/]map[\\/](?!map-section))|practice[\\/](api[\\/]get-practice-examples|components[\\/]practice-(examples|item-list))\.)|components[\\/](score-display|tier-badge|select-options|list-toolbar|combobox|data-table|evidence-list)[\\/]|lib[\\/](match-country|use-language-name)\.)/,
            },
          ],
        },
      },
    },
  },
});
