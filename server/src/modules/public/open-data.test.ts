import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAnswer,
  MethodologySchema,
  PublicationContentSchema,
  OpenDataSchema,
  questionsByKey,
  ReproducibilityBundleSchema,
  type Methodology,
} from '@gci/shared';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { createDemoTestDb } from '../../../test/test-db.ts';
import { runGci } from '../../cli/gci.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import type { Recomputation } from './reproducibility.ts';

// The first file to ask for the demo seeds it (194 countries × 2 cycles: seconds, much longer on a busy machine).
const SEED_TIMEOUT_MS = 300_000;
const SLOW_TEST_MS = 120_000;

/** A shown score is the exact one cut (never rounded up) to two decimals: at most the exact value, less than 0.01 below it. */
function expectCut(shown: number, exact: number, what: string): void {
  expect(Math.abs(shown * 100 - Math.round(shown * 100)), what).toBeLessThan(1e-6);
  expect(shown, what).toBeLessThanOrEqual(exact + 1e-9);
  expect(exact - shown, what).toBeLessThan(0.01);
}

// A name with every character CSV must quote: comma, double quote and a line break.
const AWKWARD_NAME = 'Kenya, "Republic of"\nJamhuri';

describe('open data downloads', { timeout: SLOW_TEST_MS }, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let dir: string;

  beforeAll(async () => {
    handle = await createDemoTestDb();
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

  it.each(['en', 'fr', 'ar', 'zh'] as const)('gives the same rows as CSV and as JSON, scores at two decimals (%s)', async (lang) => {
    const json = await app.inject(`/api/public/cycles/2024/downloads/results.json?lang=${lang}`);
    const csv = await app.inject(`/api/public/cycles/2024/downloads/results.csv?lang=${lang}`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="gci-2024-results-DEMO-${lang}.csv"`);
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const data = OpenDataSchema.parse(json.json());
    expect(data.language).toBe(lang);
    const records = parse<Record<string, string>>(csv.rawPayload, { bom: true, columns: true, cast: false });
    expect(records).toHaveLength(194);
    expect(Object.keys(records[0]!)).toEqual([
      'iso3',
      'name',
      'region',
      'region_name',
      'tier',
      'tier_name',
      'overall',
      ...data.pillars.map((p) => p.key),
      'demo',
    ]);
    expect(records.every((r) => /^\d+\.\d\d$/.test(r.overall!))).toBe(true);
    expect(
      records.map((r) => ({
        iso3: r.iso3,
        name: r.name,
        region: r.region,
        tier: Number(r.tier),
        tierName: r.tier_name,
        overall: r.overall,
        pillars: Object.fromEntries(data.pillars.map((p) => [p.key, r[p.key]])),
        demo: r.demo,
      })),
    ).toEqual(
      data.countries.map((c) => ({
        ...c,
        overall: c.overall.toFixed(2),
        pillars: Object.fromEntries(Object.entries(c.pillars).map(([k, v]) => [k, v.toFixed(2)])),
        demo: 'true',
      })),
    );
  });

  it('writes names in the chosen language and quotes them correctly', async () => {
    const csv = await app.inject('/api/public/cycles/2024/downloads/results.csv?lang=fr');
    expect(csv.headers['access-control-allow-origin'], 'other sites and notebooks may fetch open data').toBe('*');
    const records = parse<Record<string, string>>(csv.rawPayload, { bom: true, columns: true });
    expect(records.find((r) => r.iso3 === 'KEN')?.name).toBe(AWKWARD_NAME);
    expect(records.find((r) => r.iso3 === 'FRA')?.name).toBe('France');
    expect(records.find((r) => r.iso3 === 'DEU')?.name).toBe('Allemagne');
    expect(records.find((r) => r.iso3 === 'DEU')?.region_name).toBe('Europe');
    expect(records.find((r) => r.iso3 === 'EGY')?.region_name).toBe('États arabes');
    const ar = OpenDataSchema.parse((await app.inject('/api/public/cycles/2024/downloads/results.json?lang=ar')).json());
    expect(ar.countries.find((c) => c.iso3 === 'EGY')?.name).toBe('مصر');
  });

  it('matches the publication: tiers as published, scores cut to two decimals', async () => {
    const content = await publication(2024);
    const data = OpenDataSchema.parse((await app.inject('/api/public/cycles/2024/downloads/results.json')).json());
    expect(data.countries.map((c) => [c.iso3, c.tier])).toEqual(content.countries.map((c) => [c.iso3, c.tier]));
    for (const c of content.countries) {
      const shown = data.countries.find((x) => x.iso3 === c.iso3)!;
      expectCut(shown.overall, c.overall, c.iso3);
      for (const p of c.pillars) expectCut(shown.pillars[p.key]!, p.score, `${c.iso3} ${p.key}`);
    }
    expect(data.cycle.isDemo).toBe(true);
  });

  it('writes the results as XLSX: a bold frozen header, names and tiers in French, scores as numbers at two decimals, the demo flag', async () => {
    const res = await app.inject('/api/public/cycles/2024/downloads/results.xlsx?lang=fr');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="gci-2024-results-DEMO-fr.xlsx"');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const content = await publication(2024);
    const pillars = content.countries[0]!.pillars.map((p) => p.key);
    const header = ['iso3', 'name', 'region', 'region_name', 'tier', 'tier_name', 'overall', ...pillars, 'demo'];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(header);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(195);
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);

    const rowOf = (iso3: string) => {
      const row = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).value === iso3)!;
      return Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1)]));
    };
    const ken = rowOf('KEN');
    const published = content.countries.find((c) => c.iso3 === 'KEN')!;
    const tierName = MethodologySchema.parse(content.methodology).thresholds.find((t) => t.tier === published.tier)!.name;
    expect(ken.name!.value).toBe(AWKWARD_NAME);
    expect(ken.region!.value).toBe('africa');
    expect(ken.region_name!.value).toBe('Afrique');
    expect(ken.tier!.value).toBe(published.tier);
    expect(ken.tier_name!.value).toBe(tierName.fr ?? tierName.en);
    expectCut(ken.overall!.value as number, published.overall, 'KEN overall');
    expect(ken.overall!.numFmt).toBe('0.00');
    for (const p of published.pillars) {
      expectCut(ken[p.key]!.value as number, p.score, p.key);
      expect(ken[p.key]!.numFmt, p.key).toBe('0.00');
    }
    expect(ken.demo!.value).toBe(true);
    expect(rowOf('DEU').region_name!.value).toBe('Europe');
    expect(rowOf('DEU').name!.value).toBe('Allemagne');
    expect(header.some((h) => /rank/i.test(h))).toBe(false);
  });

  it('serves the XLSX from the cache with its ETag: 304 on If-None-Match, the same bytes from another server process', async () => {
    const url = '/api/public/cycles/2024/downloads/results.xlsx?lang=es';
    const first = await app.inject(url);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(etag).not.toBe((await app.inject('/api/public/cycles/2024/downloads/results.csv?lang=es')).headers.etag);
    const again = await app.inject({ url, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await buildTestApp(handle);
    try {
      const fresh = await other.inject(url);
      expect(fresh.headers.etag).toBe(etag);
      expect(fresh.rawPayload.equals(first.rawPayload)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('names a download without DEMO and marks its rows false when the cycle is not demo data', async () => {
    await handle.db.updateTable('cycles').set({ isDemo: false }).where('year', '=', 2020).execute();
    const other = await buildTestApp(handle);
    try {
      const csv = await other.inject('/api/public/cycles/2020/downloads/results.csv?lang=ru');
      expect(csv.headers['content-disposition']).toBe('attachment; filename="gci-2020-results-ru.csv"');
      const records = parse<Record<string, string>>(csv.rawPayload, { bom: true, columns: true });
      expect(new Set(records.map((r) => r.demo))).toEqual(new Set(['false']));
      const xlsx = await other.inject('/api/public/cycles/2020/downloads/results.xlsx?lang=ru');
      expect(xlsx.headers['content-disposition']).toBe('attachment; filename="gci-2020-results-ru.xlsx"');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const demo = (sheet.getRow(1).values as unknown[]).indexOf('demo');
      expect(new Set(sheet.getColumn(demo).values.slice(2))).toEqual(new Set([false]));
    } finally {
      await handle.db.updateTable('cycles').set({ isDemo: true }).where('year', '=', 2020).execute();
      await other.close();
    }
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
    expect(err).toContain('194 of 194 countries match the publication within 1e-9');
    expect(code).toBe(0);
    const result = JSON.parse(out) as Recomputation;
    expect(result.methodology.matchesPublished).toBe(true);
    expect(result.check).toMatchObject({ compared: 194, matching: 194, mismatches: [], tolerance: 1e-9 });
    // same engine, same inputs: not a single unit in the last place
    expect(result.check.largestDifference?.difference).toBe(0);

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

  type Bundle = {
    published: { iso3: string; overall: number; pillars: { key: string; score: number }[] }[];
    countries: { iso3: string; answers: Record<string, unknown> }[];
  };
  let written = 0;
  const score = async (bundle: Bundle, ...options: string[]) => {
    const file = path.join(dir, `edited-bundle-${(written += 1)}.json`);
    await writeFile(file, JSON.stringify(bundle));
    let out = '';
    let err = '';
    const code = await runGci(['score', file, ...options], { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, err, result: out ? (JSON.parse(out) as Recomputation) : null };
  };

  it('accepts published figures a few units in the last place away, reports the largest difference, and honours --tolerance', async () => {
    const bundle = (await app.inject('/api/public/cycles/2024/downloads/bundle.json')).json<Bundle>();
    // as another implementation summing in another order would publish them
    const fra = bundle.published.find((p) => p.iso3 === 'FRA')!;
    fra.overall += 3e-14;
    fra.pillars[1]!.score -= 5e-13;
    const close = await score(bundle);
    expect(close.code).toBe(0);
    expect(close.result!.check.mismatches).toEqual([]);
    expect(close.result!.check.largestDifference).toMatchObject({ iso3: 'FRA', figure: fra.pillars[1]!.key });
    expect(close.result!.check.largestDifference!.difference).toBeCloseTo(5e-13, 14);

    fra.overall += 1e-6;
    const far = await score(bundle);
    expect(far.code).toBe(1);
    expect(far.result!.check.mismatches).toEqual(['FRA']);
    expect(far.err).toMatch(/largest difference 1\.00e-6 \(FRA, overall\)/);
    expect((await score(bundle, '--tolerance', '1e-5')).code).toBe(0);
    expect((await score(bundle, '--tolerance', 'lots')).code).toBe(2);
  });

  it('names the country and the question of an answer outside its range instead of scoring it as unanswered (exit 2)', async () => {
    const bundle = (await app.inject('/api/public/cycles/2024/downloads/bundle.json')).json<Bundle & { methodology: Methodology }>();
    const { methodology } = bundle;
    // a number where the question takes none, or beyond its range when it does
    const number = [...questionsByKey(methodology).values()].find((q) => !checkAnswer(q.node.question, 1e9).ok);
    expect(number, 'a question that refuses 1e9').toBeDefined();
    const ken = bundle.countries.find((c) => c.iso3 === 'KEN')!;
    ken.answers[number!.node.key] = 1e9;
    ken.answers['no_such_question'] = true;
    const { code, err, result } = await score(bundle);
    expect(code).toBe(2);
    expect(result).toBeNull();
    expect(err).toContain(`KEN, question ${number!.node.key}:`);
    expect(err).toContain('KEN, question no_such_question: no such question');
  });
});
