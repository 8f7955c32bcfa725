import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicationContentSchema, OpenDataSchema, ReproducibilityBundleSchema } from '@gci/shared';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { createTestDb } from '../../../test/test-db.ts';
import { runGci } from '../../cli/gci.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { seedDemo } from '../seed/seed.service.ts';
import type { Recomputation } from './reproducibility.ts';

// Seeding 194 countries × 2 cycles takes seconds alone, and much longer on a busy machine.
const SEED_TIMEOUT_MS = 300_000;
const SLOW_TEST_MS = 120_000;

// A name with every character CSV must quote: comma, double quote and a line break.
const AWKWARD_NAME = 'Kenya, "Republic of"\nJamhuri';

describe('open data downloads', { timeout: SLOW_TEST_MS }, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let dir: string;

  beforeAll(async () => {
    handle = await createTestDb();
    await seedDemo(handle.db);
    const ken = await handle.db.selectFrom('countries').select('names').where('iso3', '=', 'KEN').executeTakeFirstOrThrow();
    await handle.db
      .updateTable('countries')
      .set({ names: JSON.stringify({ ...ken.names, fr: AWKWARD_NAME }) })
      .where('iso3', '=', 'KEN')
      .execute();
    app = await buildTestApp(handle);
    dir = await mkdtemp(path.join(os.tmpdir(), 'gci-bundle-'));
  }, SEED_TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const publication = async (year: number) => {
    const row = await handle.db
      .selectFrom('publications as p')
      .innerJoin('cycles as c', 'c.id', 'p.cycleId')
      .where('c.year', '=', year)
      .select('p.content')
      .executeTakeFirstOrThrow();
    return PublicationContentSchema.parse(row.content);
  };

  it.each(['en', 'fr', 'ar', 'zh'] as const)('gives the same rows as CSV and as JSON (%s)', async (lang) => {
    const json = await app.inject(`/api/public/cycles/2024/downloads/results.json?lang=${lang}`);
    const csv = await app.inject(`/api/public/cycles/2024/downloads/results.csv?lang=${lang}`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="gci-2024-results-${lang}.csv"`);
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const data = OpenDataSchema.parse(json.json());
    expect(data.language).toBe(lang);
    const records = parse<Record<string, string>>(csv.rawPayload, { bom: true, columns: true, cast: false });
    expect(records).toHaveLength(194);
    expect(Object.keys(records[0]!)).toEqual(['iso3', 'name', 'region', 'tier', 'tier_name', 'overall', ...data.pillars.map((p) => p.key)]);
    expect(
      records.map((r) => ({
        iso3: r.iso3,
        name: r.name,
        region: r.region,
        tier: Number(r.tier),
        tierName: r.tier_name,
        overall: Number(r.overall),
        pillars: Object.fromEntries(data.pillars.map((p) => [p.key, Number(r[p.key])])),
      })),
    ).toEqual(data.countries);
  });

  it('writes names in the chosen language and quotes them correctly', async () => {
    const csv = await app.inject('/api/public/cycles/2024/downloads/results.csv?lang=fr');
    const records = parse<Record<string, string>>(csv.rawPayload, { bom: true, columns: true });
    expect(records.find((r) => r.iso3 === 'KEN')?.name).toBe(AWKWARD_NAME);
    expect(records.find((r) => r.iso3 === 'FRA')?.name).toBe('France');
    expect(records.find((r) => r.iso3 === 'DEU')?.name).toBe('Allemagne');
    const ar = OpenDataSchema.parse((await app.inject('/api/public/cycles/2024/downloads/results.json?lang=ar')).json());
    expect(ar.countries.find((c) => c.iso3 === 'EGY')?.name).toBe('مصر');
  });

  it('matches the publication: tiers and scores as published', async () => {
    const content = await publication(2024);
    const data = OpenDataSchema.parse((await app.inject('/api/public/cycles/2024/downloads/results.json')).json());
    expect(data.countries.map((c) => [c.iso3, c.tier, c.overall])).toEqual(content.countries.map((c) => [c.iso3, c.tier, c.overall]));
    expect(data.cycle.isDemo).toBe(true);
  });

  it.each([2020, 2024])('recomputes the %i publication exactly from the reproducibility bundle with `gci score`', async (year) => {
    const res = await app.inject(`/api/public/cycles/${year}/downloads/bundle.json`);
    expect(res.statusCode).toBe(200);
    const bundle = ReproducibilityBundleSchema.parse(res.json());
    expect(bundle.countries).toHaveLength(194);
    const file = path.join(dir, `bundle-${year}.json`);
    await writeFile(file, res.rawPayload);

    let out = '';
    let err = '';
    const code = await runGci(['score', file], { out: (t) => (out += t), err: (t) => (err += t) });
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out) as Recomputation;
    expect(result.methodology.matchesPublished).toBe(true);
    expect(result.check).toEqual({ compared: 194, matching: 194, mismatches: [] });

    const content = await publication(year);
    expect(result.countries.map((c) => ({ iso3: c.iso3, overall: c.overall, tier: c.tier, pillars: c.pillars }))).toEqual(
      content.countries.map((c) => ({
        iso3: c.iso3,
        overall: c.overall,
        tier: c.tier,
        pillars: c.pillars.map((p) => ({ key: p.key, score: p.score, tier: p.tier })),
      })),
    );
  });

  it('reports a tampered bundle and exits with 1', async () => {
    const bundle = (await app.inject('/api/public/cycles/2024/downloads/bundle.json')).json<{
      countries: { iso3: string; answers: Record<string, unknown> }[];
    }>();
    const ken = bundle.countries.find((c) => c.iso3 === 'KEN')!;
    for (const key of Object.keys(ken.answers)) delete ken.answers[key];
    const file = path.join(dir, 'tampered.json');
    await writeFile(file, JSON.stringify(bundle));
    let out = '';
    let err = '';
    expect(await runGci(['score', file], { out: (t) => (out += t), err: (t) => (err += t) })).toBe(1);
    expect((JSON.parse(out) as Recomputation).check.mismatches).toEqual(['KEN']);
    expect(err).toContain('KEN');
  });
});
