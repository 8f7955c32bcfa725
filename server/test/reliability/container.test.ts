import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The container, read rather than run (no Docker where the tests run): what the external test found
 * wrong with it — npm as PID 1, dev dependencies and tsx at run time, Node 20, root-owned data, no
 * health check, a password in the compose file, no restart policy — must not come back.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');

interface Instruction {
  op: string;
  args: string;
}
/** Dockerfile instructions by stage, continuation lines joined, comments dropped. */
function stagesOf(text: string): { from: string; name: string | undefined; body: Instruction[] }[] {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const args = new Map<string, string>();
  const stages: { from: string; name: string | undefined; body: Instruction[] }[] = [];
  for (const line of lines) {
    const [op = '', ...rest] = line.split(/\s+/);
    const rawArgs = rest.join(' ');
    if (op === 'ARG' && stages.length === 0) {
      const [key, value] = rawArgs.split('=');
      if (key && value) args.set(key, value);
    } else if (op === 'FROM') {
      const [image = '', , name] = rest;
      stages.push({ from: image.replace(/\$\{(\w+)\}/g, (_, k: string) => args.get(k) ?? ''), name, body: [] });
    } else stages.at(-1)?.body.push({ op, args: rawArgs });
  }
  return stages;
}

describe('the Dockerfile', () => {
  const stages = stagesOf(read('Dockerfile'));
  const runtime = stages.at(-1)!;
  const all = (stage: (typeof stages)[number], op: string) => stage.body.filter((i) => i.op === op);
  const last = (op: string) => all(runtime, op).at(-1)?.args;

  it('is multi-stage on a current Node LTS (22 or 24, never 20)', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.from).toMatch(/^node:(22|24)(\.\d+)*-bookworm-slim$/);
  });

  it('builds the web app and the compiled server in a stage with dev dependencies', () => {
    const builder = stages.find((s) => all(s, 'RUN').some((r) => r.args.includes('npm run build')))!;
    expect(builder).toBeDefined();
    expect(all(builder, 'RUN').some((r) => /npm ci(?!.*--omit=dev)/.test(r.args))).toBe(true);
    expect(all(runtime, 'COPY').some((c) => c.args.includes(`--from=${builder.name}`) && c.args.includes('server/dist'))).toBe(true);
    expect(all(runtime, 'COPY').some((c) => c.args.includes(`--from=${builder.name}`) && c.args.includes('web/dist'))).toBe(true);
  });

  it('runs with production dependencies only', () => {
    const modules = all(runtime, 'COPY').find((c) => c.args.includes('node_modules'))!;
    const from = stages.find((s) => modules.args.includes(`--from=${s.name}`))!;
    expect(all(from, 'RUN').some((r) => r.args.includes('npm ci') && r.args.includes('--omit=dev'))).toBe(true);
    // not the build stage's node_modules, and no `npm ci` with dev dependencies in the runtime stage
    expect(all(from, 'RUN').some((r) => r.args.includes('npm run build'))).toBe(false);
    expect(all(runtime, 'RUN').some((r) => r.args.includes('npm ci') && !r.args.includes('--omit=dev'))).toBe(false);
  });

  it('starts node on the compiled server under tini, so SIGTERM reaches it, and no tsx or npm', () => {
    expect(all(runtime, 'RUN').some((r) => /apt-get install .*\btini\b/.test(r.args))).toBe(true);
    expect(JSON.parse(last('ENTRYPOINT')!)).toEqual(['tini', '--']);
    const cmd = JSON.parse(last('CMD')!) as string[];
    expect(cmd[0]).toBe('node');
    expect(cmd.at(-1)).toBe('server/dist/main.js');
    expect(cmd.join(' ')).not.toMatch(/tsx|npm/);
  });

  it('checks /api/health with node itself (no curl in the image)', () => {
    const check = last('HEALTHCHECK')!;
    expect(check).toMatch(/CMD \["node", "-e", ".*fetch\(.*\/api\/health/);
    expect(check).not.toContain('curl');
  });

  it('runs as the node user, who owns the data directory and nothing else', () => {
    const body = runtime.body.map((i) => `${i.op} ${i.args}`);
    const user = body.findIndex((l) => l.startsWith('USER '));
    expect(body[user]).toBe('USER node');
    expect(body.slice(user + 1).some((l) => /^(RUN|COPY|ADD) /.test(l))).toBe(false);
    const dataDir = all(runtime, 'ENV')
      .map((e) => e.args.match(/DATA_DIR=(\S+)/)?.[1])
      .find(Boolean);
    expect(dataDir).toBe('/app/data');
    const chown = body.findIndex((l) => l.includes(`mkdir -p ${dataDir}`) && l.includes(`chown node:node ${dataDir}`));
    expect(chown).toBeGreaterThan(-1);
    expect(chown).toBeLessThan(user);
  });

  it('gives the compiled server every package it imports: each is a production dependency', async () => {
    // the same rule as tools/build-server.ts: bare specifiers stay imports, @gci/shared is bundled
    const external: Plugin = {
      name: 'packages-external',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (a) =>
          a.path === '@gci/shared' || a.path.startsWith('@gci/shared/') ? undefined : { path: a.path, external: true },
        );
      },
    };
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['server/src/main.ts'],
      bundle: true,
      write: false,
      outdir: 'out',
      platform: 'node',
      format: 'esm',
      conditions: ['@gci/source'],
      plugins: [external],
      metafile: true,
      logLevel: 'silent',
    });
    const packages = new Set(
      Object.values(result.metafile.outputs)
        .flatMap((o) => o.imports)
        .filter((i) => i.external && !i.path.startsWith('node:'))
        .map((i) =>
          i.path
            .split('/')
            .slice(0, i.path.startsWith('@') ? 2 : 1)
            .join('/'),
        ),
    );
    const production = new Set(
      ['server', 'shared'].flatMap((w) => Object.keys((JSON.parse(read(`${w}/package.json`)) as { dependencies: Record<string, string> }).dependencies)),
    );
    expect(packages.size).toBeGreaterThan(10);
    expect([...packages].filter((p) => !production.has(p))).toEqual([]);
  });

  it('keeps the host’s installs, builds, data and .env out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['**/node_modules', '**/dist', 'data', '.env']) expect(ignored).toContain(entry);
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml')) as {
    services: Record<
      string,
      { restart?: string; env_file?: string; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; healthcheck?: unknown }
    >;
  };
  const { app, postgres } = compose.services;

  it('restarts both services, and starts the app once the database is healthy', () => {
    for (const [name, service] of Object.entries(compose.services)) expect(service.restart, name).toMatch(/^(unless-stopped|always|on-failure)/);
    expect(postgres?.healthcheck).toBeDefined();
    expect(app?.depends_on?.postgres?.condition).toBe('service_healthy');
  });

  it('takes the database password and the other settings from .env, not from the file', () => {
    expect(app?.env_file).toBe('.env');
    expect(postgres?.environment?.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
    expect(app?.environment?.DATABASE_URL).toContain('${POSTGRES_PASSWORD}');
    expect(read('.gitignore').split('\n')).toContain('.env');
  });

  it('uses only variables that .env.example lists, each with a placeholder to replace', () => {
    const used = new Set([...read('docker-compose.yml').matchAll(/(?<!\$)\$\{(\w+)/g)].map((m) => m[1]!));
    const listed = new Map(
      read('.env.example')
        .split('\n')
        .filter((l) => /^\w+=/.test(l))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const),
    );
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((v) => !listed.has(v))).toEqual([]);
    expect(listed.get('POSTGRES_PASSWORD')).toBe('change-me');
  });
});

describe('the Node versions', () => {
  it('runs on the Node 20 of the development machines, and names the image’s LTS in .nvmrc', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    expect(engines).toMatch(/^>=20(\.\d+)*$/);
    const image = stagesOf(read('Dockerfile'))
      .at(-1)!
      .from.match(/^node:(\d+)/)![1];
    expect(read('.nvmrc').trim()).toBe(image);
  });
});
