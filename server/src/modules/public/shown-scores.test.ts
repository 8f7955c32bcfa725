import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CountryProfileSchema, CycleResultsSchema, OpenDataSchema, PublishedCyclesSchema, truncateScore, type TierInfo } from '@gci/shared';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { createDemoTestDb } from '../../../test/test-db.ts';
import type { DatabaseHandle } from '../../db/database.ts';

// The first file to ask for the demo seeds it (194 countries × 2 cycles: seconds, much longer on a busy machine).
const SEED_TIMEOUT_MS = 300_000;
const SLOW_TEST_MS = 600_000;

/**
 * Whether a shown score lies in its tier's band: from the band's min, up to its max (exclusive,
 * except the top band's 100). `scale` turns a pillar's 0–max into 0–100.
 */
function expectInBand(shown: number, tier: number, tiers: readonly TierInfo[], what: string, scale = 1): void {
  const band = tiers.find((t) => t.tier === tier)!;
  const top = Math.min(...tiers.map((t) => t.tier)) === tier;
  const score = shown * scale;
  expect(score, `${what}: ${shown} in tier ${tier} [${band.min}, ${band.max}${top ? ']' : ')'}`).toBeGreaterThanOrEqual(band.min);
  if (top) expect(score, what).toBeLessThanOrEqual(band.max);
  else expect(score, `${what}: ${shown} in tier ${tier} [${band.min}, ${band.max})`).toBeLessThan(band.max);
}

describe('every shown score lies in its tier band', { timeout: SLOW_TEST_MS }, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    handle = await createDemoTestDb();
    app = await buildTestApp(handle);
  }, SEED_TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const get = async (url: string) => {
    const res = await app.inject(url);
    expect(res.statusCode, url).toBe(200);
    return res;
  };

  it('on the results and profile pages (as the shared formatter shows them) and in the JSON, CSV and XLSX downloads, for every country of every published cycle', async () => {
    const { cycles } = PublishedCyclesSchema.parse((await get('/api/public/cycles')).json());
    expect(cycles.length).toBeGreaterThan(1);
    let checked = 0;
    for (const { year } of cycles) {
      const results = CycleResultsSchema.parse((await get(`/api/public/cycles/${year}/results`)).json());
      const { tiers } = results;
      expect(results.countries.length).toBeGreaterThan(100);
      // the results page: overall and pillar scores, through the formatter the pages use
      for (const c of results.countries) {
        expectInBand(truncateScore(c.overall), c.tier, tiers, `${year} results ${c.iso3}`);
        for (const p of c.pillars) expectInBand(truncateScore(p.score), p.tier, tiers, `${year} results ${c.iso3} ${p.key}`, 100 / p.max);
        checked++;
      }
      // every profile page
      for (const c of results.countries) {
        const profile = CountryProfileSchema.parse((await get(`/api/public/cycles/${year}/countries/${c.iso3}`)).json());
        expectInBand(truncateScore(profile.overall), profile.tier, profile.tiers, `${year} profile ${c.iso3}`);
        for (const p of profile.pillars) expectInBand(truncateScore(p.score), p.tier, profile.tiers, `${year} profile ${c.iso3} ${p.key}`, 100 / p.max);
      }
      // the downloads show their figures as they are
      const data = OpenDataSchema.parse((await get(`/api/public/cycles/${year}/downloads/results.json`)).json());
      for (const c of data.countries) expectInBand(c.overall, c.tier, tiers, `${year} JSON ${c.iso3}`);
      const csv = parse<Record<string, string>>((await get(`/api/public/cycles/${year}/downloads/results.csv`)).rawPayload, { bom: true, columns: true });
      expect(csv).toHaveLength(results.countries.length);
      for (const r of csv) {
        expect(r.overall, `${year} CSV ${r.iso3}`).toMatch(/^\d+\.\d\d$/);
        expectInBand(Number(r.overall), Number(r.tier), tiers, `${year} CSV ${r.iso3}`);
      }
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await get(`/api/public/cycles/${year}/downloads/results.xlsx`)).rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const [tierColumn, overallColumn] = [header.indexOf('tier') + 1, header.indexOf('overall') + 1];
      for (let i = 2; i <= sheet.rowCount; i++) {
        const row = sheet.getRow(i);
        expectInBand(row.getCell(overallColumn).value as number, row.getCell(tierColumn).value as number, tiers, `${year} XLSX row ${i}`);
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
