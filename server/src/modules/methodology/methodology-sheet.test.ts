import ExcelJS from 'exceljs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_COLUMNS, sheetsToMethodology, type Methodology } from '@gci/shared';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { createCountry, createPublishedMethodology, createUser, signIn, toyMethodology, type Session } from '../../../test/factories.ts';
import { multipartFile, samplePdf } from '../../../test/files.ts';
import { createTestDb } from '../../../test/test-db.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { contentHash } from '../../lib/hash.ts';
import { DEMO_METHODOLOGIES } from '../seed/seed.service.ts';
import { insertMethodology, loadMethodology } from './methodology.repository.ts';
import { readWorkbook } from './methodology-workbook.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One installation: a database, the app over it, and who signs in to it. */
interface Site {
  handle: DatabaseHandle;
  app: FastifyInstance;
  analyst: Session;
}

async function openSite(): Promise<Site> {
  const handle = await createTestDb();
  const app = await buildTestApp(handle);
  return { handle, app, analyst: await signIn(app, await createUser(handle.db, 'analyst')) };
}

const exportSheet = (site: Site, id: string, as: Session | null = site.analyst) =>
  site.app.inject({ method: 'GET', url: `/api/methodologies/${id}/export.xlsx`, headers: as?.headers ?? {} });

function importSheet(site: Site, content: Buffer, options: { key?: string; as?: Session | null; fileName?: string; type?: string } = {}) {
  const body = multipartFile(options.fileName ?? 'methodology.xlsx', content, options.key ? { key: options.key } : {}, options.type ?? XLSX);
  const as = options.as === undefined ? site.analyst : options.as;
  return site.app.inject({ method: 'POST', url: '/api/methodologies/import', headers: { ...(as?.headers ?? {}), ...body.headers }, payload: body.payload });
}

async function methodologyOf(file: Buffer): Promise<Methodology> {
  const read = await readWorkbook(file);
  if (!read.ok) throw new Error(read.message);
  const result = sheetsToMethodology(read.tables);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.methodology;
}

/** Edits an exported workbook as a spreadsheet program would, and saves it. */
async function edited(file: Buffer, edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const nodesOf = (workbook: ExcelJS.Workbook) => workbook.getWorksheet('nodes')!;
const col = (name: string) => NODE_COLUMNS.indexOf(name) + 1;
/** The spreadsheet row of a node or option by its path. */
function rowOfPath(sheet: ExcelJS.Worksheet, path: string): number {
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === path) return r;
  throw new Error(`no row ${path}`);
}

const countVersions = async (site: Site) =>
  (
    await site.handle.db
      .selectFrom('methodologyVersions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

describe('methodology versions as spreadsheets', () => {
  let site: Site;
  /** a second installation, empty of methodologies: the same key can come back there unchanged */
  let other: Site;
  let focal: Session;
  let reviewer: Session;
  const versions: { id: string; methodology: Methodology }[] = [];
  let toy: { id: string; methodology: Methodology };

  beforeAll(async () => {
    [site, other] = await Promise.all([openSite(), openSite()]);
    // the demo methodologies, stored as the seed stores them
    for (const methodology of DEMO_METHODOLOGIES) {
      const id = await insertMethodology(site.handle.db, methodology, { status: 'published', contentHash: contentHash(methodology), publishedAt: new Date() });
      versions.push({ id, methodology });
    }
    toy = await createPublishedMethodology(site.handle.db, toyMethodology('toy-sheet'));
    versions.push(toy);
    await createCountry(site.handle.db, 'KEN');
    focal = await signIn(site.app, await createUser(site.handle.db, 'focal_point', 'KEN'));
    reviewer = await signIn(site.app, await createUser(site.handle.db, 'reviewer'));
  });
  afterAll(async () => {
    for (const s of [site, other]) {
      await s?.app.close();
      await s?.handle.close();
    }
  });

  it('round-trips every demo methodology the seed creates, and the toy one: export → import → export keeps the content hash', async () => {
    for (const { id, methodology } of versions) {
      const stored = (await loadMethodology(site.handle.db, id))!;
      const hash = contentHash(stored);
      expect(hash, methodology.key).toBe(contentHash(methodology));
      const first = await exportSheet(site, id);
      expect(first.statusCode).toBe(200);
      expect(first.headers['content-type']).toBe(XLSX);
      expect(first.headers['content-disposition']).toBe(`attachment; filename="${methodology.key}.xlsx"`);

      // on another installation the version comes back under its own key: the very same content
      const imported = await importSheet(other, first.rawPayload);
      expect(imported.statusCode, imported.body).toBe(201);
      expect(imported.json().contentHash).toBe(hash);
      expect(contentHash(await loadMethodology(other.handle.db, imported.json().id))).toBe(hash);
      const second = await exportSheet(other, imported.json().id);
      expect(contentHash(await methodologyOf(second.rawPayload))).toBe(hash);
      const [a, b] = await Promise.all([readWorkbook(first.rawPayload), readWorkbook(second.rawPayload)]);
      expect(b).toEqual(a);

      // here, a new draft under a new key: the same content but the key
      const copy = await importSheet(site, first.rawPayload, { key: `${methodology.key}-offline` });
      expect(copy.statusCode, copy.body).toBe(201);
      const draft = await site.app.inject({ method: 'GET', url: `/api/methodologies/${copy.json().id}`, headers: site.analyst.headers });
      expect(draft.json().version).toMatchObject({ status: 'draft', key: `${methodology.key}-offline`, contentHash: null });
      expect(contentHash({ ...draft.json().methodology, key: methodology.key })).toBe(hash);
    }
  });

  it('writes a workbook that reads back cell by cell: a frozen bold header, numbers and booleans as typed cells', async () => {
    const res = await exportSheet(site, toy.id);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['nodes', 'version', 'tiers']);
    const nodes = nodesOf(workbook);
    expect(nodes.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(nodes.getRow(1).font?.bold).toBe(true);
    expect((nodes.getRow(1).values as unknown[]).slice(1)).toEqual([...NODE_COLUMNS]);
    expect(nodes.getColumn(col('path')).width).toBeGreaterThan(30);
    expect(nodes.rowCount).toBe(1 + 8 + 2 + 3); // header, eight nodes, two options of technical.cirt, three of technical.tools

    const law = nodes.getRow(rowOfPath(nodes, 'legal/legal.law'));
    expect([law.getCell(col('kind')).value, law.getCell(col('type')).value, law.getCell(col('weight')).value]).toEqual(['question', 'yes_no', 1]);
    expect([law.getCell(col('required')).value, law.getCell(col('evidence_rule')).value]).toEqual([true, 'required']);
    expect(law.getCell(col('title_fr')).value).toBe('Is there a cybercrime law? (fr)');
    expect(law.getCell(col('title_ar')).value).toBeNull();
    const detail = nodes.getRow(rowOfPath(nodes, 'legal/legal.spam_detail'));
    expect(detail.getCell(col('show_if')).value).toBe('legal.spam = "in_place"');
    expect(detail.getCell(col('max_length')).value).toBe(200);
    const staff = nodes.getRow(rowOfPath(nodes, 'technical/technical.staff'));
    expect([staff.getCell(col('goalpost_lower')).value, staff.getCell(col('goalpost_upper')).value, staff.getCell(col('max')).value]).toEqual([0, 50, 10000]);
    expect(staff.getCell(col('integer')).value).toBe(true);
    const national = nodes.getRow(rowOfPath(nodes, 'technical/technical.cirt/national'));
    expect([national.getCell(col('kind')).value, national.getCell(col('points')).value, national.getCell(col('title_en')).value]).toEqual([
      'option',
      2,
      'National',
    ]);
    expect(nodes.getRow(rowOfPath(nodes, 'legal/legal.spam')).getCell(col('partial_credit')).value).toBe(0.5);

    const version = workbook.getWorksheet('version')!;
    expect(version.getRow(2).values).toEqual([undefined, 'key', 'toy-sheet']);
    expect(version.getRow(3).values).toEqual([undefined, 'edition', 2026]);
    const tiers = workbook.getWorksheet('tiers')!;
    expect((tiers.getRow(2).values as unknown[]).slice(1, 5)).toEqual([1, 'role_modelling', 95, 'Role-modelling']);
    expect(tiers.getRow(6).getCell(3).value).toBe(0);
  });

  it('imports an edited weight and an added translation into a new draft, and records it in the audit log', async () => {
    const file = (await exportSheet(site, toy.id)).rawPayload;
    const changed = await edited(file, (wb) => {
      const nodes = nodesOf(wb);
      nodes.getRow(rowOfPath(nodes, 'technical')).getCell(col('weight')).value = 2;
      nodes.getRow(rowOfPath(nodes, 'legal/legal.law')).getCell(col('title_ar')).value = 'هل يوجد قانون للجرائم الإلكترونية؟';
    });
    const res = await importSheet(site, changed, { key: 'toy-sheet-weighted' });
    expect(res.statusCode, res.body).toBe(201);
    const { methodology } = (await site.app.inject({ method: 'GET', url: `/api/methodologies/${res.json().id}`, headers: site.analyst.headers })).json();
    expect(methodology.pillars[1].weight).toBe(2);
    expect(methodology.pillars[0].children[0].texts.title.ar).toBe('هل يوجد قانون للجرائم الإلكترونية؟');
    const audit = await site.handle.db.selectFrom('auditLog').selectAll().where('entityId', '=', res.json().id).execute();
    expect(audit.map((a) => a.action)).toEqual(['methodology.imported']);
  });

  describe('refuses a bad file with every error by row and column, and writes nothing', () => {
    let file: Buffer;
    beforeAll(async () => {
      file = (await exportSheet(site, toy.id)).rawPayload;
    });

    it.each<[string, (wb: ExcelJS.Workbook) => void, { sheet: string; row: number | ((wb: ExcelJS.Workbook) => number); column: string }[]]>([
      ['a missing column', (wb) => nodesOf(wb).spliceColumns(col('weight'), 1), [{ sheet: 'nodes', row: 1, column: 'weight' }]],
      [
        'a weight that is not a number',
        (wb) => void (nodesOf(wb).getRow(3).getCell(col('weight')).value = 'heavy'),
        [{ sheet: 'nodes', row: 3, column: 'weight' }],
      ],
      [
        'an unknown question type',
        (wb) =>
          void (nodesOf(wb)
            .getRow(rowOfPath(nodesOf(wb), 'legal/legal.law'))
            .getCell(col('type')).value = 'essay'),
        [{ sheet: 'nodes', row: (wb) => rowOfPath(nodesOf(wb), 'legal/legal.law'), column: 'type' }],
      ],
      [
        'a key used twice',
        (wb) => {
          const row = nodesOf(wb).getRow(rowOfPath(nodesOf(wb), 'technical/technical.staff'));
          row.getCell(col('key')).value = 'legal.law';
          row.getCell(col('path')).value = 'technical/legal.law';
        },
        [{ sheet: 'nodes', row: (wb) => rowOfPath(nodesOf(wb), 'technical/legal.law'), column: 'key' }],
      ],
      [
        'three problems at once',
        (wb) => {
          nodesOf(wb).getRow(2).getCell(col('order')).value = 'first';
          nodesOf(wb).getRow(4).getCell(col('weight')).value = -2;
          wb.getWorksheet('tiers')!.getRow(3).getCell(3).value = 99;
        },
        [
          { sheet: 'nodes', row: 2, column: 'order' },
          { sheet: 'nodes', row: 4, column: 'weight' },
          { sheet: 'tiers', row: 3, column: 'min' },
        ],
      ],
    ])('%s', async (_name, edit, expected) => {
      const before = await countVersions(site);
      const bad = await edited(file, edit);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bad as unknown as ArrayBuffer);
      const res = await importSheet(site, bad, { key: `toy-bad-${expected.length}` });
      expect(res.statusCode, res.body).toBe(422);
      const errors = res.json().details.errors as { sheet: string; row: number; column: string; message: string }[];
      for (const e of expected) {
        expect(errors).toContainEqual(expect.objectContaining({ sheet: e.sheet, row: typeof e.row === 'number' ? e.row : e.row(workbook), column: e.column }));
      }
      if (expected.length > 1) expect(errors).toHaveLength(expected.length);
      for (const e of errors) expect(e.message.length).toBeGreaterThan(3);
      expect(await countVersions(site)).toBe(before);
    });

    it('refuses a file that is not XLSX by its content, whatever its name says (415)', async () => {
      const before = await countVersions(site);
      for (const content of [samplePdf(), Buffer.from('path,kind,key\nlegal,pillar,legal\n')]) {
        const res = await importSheet(site, content, { fileName: 'methodology.xlsx' });
        expect(res.statusCode).toBe(415);
        expect(res.json()).toMatchObject({ code: 'unsupported_media_type', field: 'file' });
        expect(res.json().message).toMatch(/not an XLSX workbook/);
      }
      expect(await countVersions(site)).toBe(before);
    });

    it('refuses a key that is taken (409), and a malformed one (400)', async () => {
      const before = await countVersions(site);
      expect((await importSheet(site, file)).statusCode).toBe(409); // the file's own key, toy-sheet, exists
      expect((await importSheet(site, file, { key: 'Not A Key' })).statusCode).toBe(400);
      expect(await countVersions(site)).toBe(before);
    });
  });

  it('lets analysts and admins import; reviewers and focal points get 403, anyone signed out 401', async () => {
    const file = (await exportSheet(site, toy.id)).rawPayload;
    const before = await countVersions(site);
    expect((await importSheet(site, file, { key: 'toy-by-focal', as: focal })).statusCode).toBe(403);
    expect((await importSheet(site, file, { key: 'toy-by-reviewer', as: reviewer })).statusCode).toBe(403);
    expect((await importSheet(site, file, { key: 'toy-by-nobody', as: null })).statusCode).toBe(401);
    expect(await countVersions(site)).toBe(before);
    const admin = await signIn(site.app, await createUser(site.handle.db, 'admin'));
    expect((await importSheet(site, file, { key: 'toy-by-admin', as: admin })).statusCode).toBe(201);
  });

  it('lets focal points download only what they may read; signed out, nobody', async () => {
    const draft: LightMyRequestResponse = await importSheet(site, (await exportSheet(site, toy.id)).rawPayload, { key: 'toy-unseen-draft' });
    expect((await exportSheet(site, toy.id, focal)).statusCode).toBe(200);
    expect((await exportSheet(site, draft.json().id, focal)).statusCode).toBe(404);
    expect((await exportSheet(site, draft.json().id, reviewer)).statusCode).toBe(200);
    expect((await exportSheet(site, toy.id, null)).statusCode).toBe(401);
  });
});
