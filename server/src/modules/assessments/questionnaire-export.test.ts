import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/build-test-app.ts';
import {
  createCountry,
  createCycle,
  createPublishedMethodology,
  createUser,
  idempotencyKey,
  insertAnswer,
  insertFileEvidence,
  insertLinkEvidence,
  signIn,
  type Session,
} from '../../../test/factories.ts';
import { createTestDb } from '../../../test/test-db.ts';
import type { DatabaseHandle } from '../../db/database.ts';

type Row = Record<string, unknown>;

/** The first worksheet as records keyed by the header row, and the sheet itself. */
async function readXlsx(payload: Buffer): Promise<{ sheet: ExcelJS.Worksheet; header: string[]; rows: Row[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as string[]).slice(1);
  const rows: Row[] = [];
  for (let i = 2; i <= sheet.rowCount; i++) {
    const row = sheet.getRow(i);
    rows.push(Object.fromEntries(header.map((h, j) => [h, row.getCell(j + 1).value ?? null])));
  }
  return { sheet, header, rows };
}

const readCsv = (payload: Buffer) => parse<Record<string, string>>(payload, { bom: true, columns: true });

describe('questionnaire and cycle answer exports', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let kenya: Session;
  let france: Session;
  let reviewer: Session;
  let analyst: Session;
  let cycle: { id: string; year: number; assessments: Record<string, string> };
  let ken: string;

  const get = (s: Session | null, url: string) => app.inject({ method: 'GET', url, headers: s ? s.headers : {} });
  const post = (s: Session, url: string, payload: object) =>
    app.inject({ method: 'POST', url, headers: { ...s.headers, 'idempotency-key': idempotencyKey() }, payload });

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    await createCountry(handle.db, 'KEN');
    await createCountry(handle.db, 'FRA');
    const { id: versionId } = await createPublishedMethodology(handle.db);
    cycle = await createCycle(handle.db, { methodologyVersionId: versionId, countries: ['KEN', 'FRA'] });
    ken = cycle.assessments.KEN!;
    const teamUser = await createUser(handle.db, 'focal_point', 'KEN', { name: 'Wanjiru Team' });
    kenya = await signIn(app, teamUser);
    france = await signIn(app, await createUser(handle.db, 'focal_point', 'FRA'));
    reviewer = await signIn(app, await createUser(handle.db, 'reviewer', null, { name: 'Ana Reviewer' }));
    analyst = await signIn(app, await createUser(handle.db, 'analyst'));

    const law = await insertAnswer(handle.db, { assessmentId: ken, questionKey: 'legal.law', value: true, userId: teamUser.id });
    await insertLinkEvidence(handle.db, law.id, 'https://example.org/cybercrime-act');
    await insertFileEvidence(handle.db, law.id, Buffer.from('%PDF-1.4 act'), 'act-2021.pdf');
    await insertAnswer(handle.db, { assessmentId: ken, questionKey: 'legal.spam', value: 'partial', userId: teamUser.id });
    await insertAnswer(handle.db, { assessmentId: ken, questionKey: 'technical.staff', value: 12, userId: teamUser.id });
    await insertAnswer(handle.db, { assessmentId: ken, questionKey: 'technical.tools', value: ['a', 'c'], userId: teamUser.id });
    await insertAnswer(handle.db, { assessmentId: cycle.assessments.FRA!, questionKey: 'legal.spam', value: 'in_place' });

    const thread = await post(reviewer, `/api/assessments/${ken}/threads`, { questionKey: 'legal.law', body: 'Please cite the act, with its number.' });
    expect(thread.statusCode).toBe(201);
    const threadId = thread.json<{ id: string }>().id;
    expect((await post(kenya, `/api/threads/${threadId}/comments`, { body: 'Act No. 5 of 2021, linked.' })).statusCode).toBe(204);
    expect((await post(reviewer, `/api/assessments/${ken}/threads`, { questionKey: null, body: 'Overall well documented.' })).statusCode).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it("exports a country's questionnaire as XLSX: questions in order, answers for humans and raw, evidence and comments", async () => {
    const res = await get(kenya, `/api/assessments/${ken}/export.xlsx?lang=fr`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain(`filename="gci-${cycle.year}-KEN-questionnaire-fr.xlsx"`);
    const { sheet, header, rows } = await readXlsx(res.rawPayload);
    expect(header).toEqual([
      'pillar',
      'indicator',
      'question_key',
      'question',
      'type',
      'status',
      'answer',
      'raw_value',
      'carried_over',
      'updated_by',
      'updated_at',
      'evidence_links',
      'evidence_documents',
      'comments',
    ]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rows.map((r) => r.question_key)).toEqual([
      'legal.law',
      'legal.spam',
      'legal.spam_detail',
      'technical.cirt',
      'technical.staff',
      'technical.tools',
      '',
    ]);

    const [law, spam, detail, cirt, staff, tools, general] = rows;
    expect(law).toMatchObject({
      pillar: 'Legal (fr)',
      question: 'Is there a cybercrime law? (fr)',
      type: 'yes_no',
      status: 'answered',
      answer: 'Oui',
      raw_value: 'true',
      carried_over: false,
      updated_by: 'Wanjiru Team',
      evidence_links: 'The law <https://example.org/cybercrime-act>',
      evidence_documents: 'act-2021.pdf',
    });
    const comments = String(law!.comments).split('\n');
    expect(comments).toHaveLength(2);
    expect(comments[0]).toMatch(/^\d{4}-\d\d-\d\d Ana Reviewer \(reviewer, clarification, open\): Please cite the act, with its number\.$/);
    expect(comments[1]).toContain('Wanjiru Team (focal_point, clarification, open): Act No. 5 of 2021, linked.');
    expect(spam).toMatchObject({ status: 'answered', answer: 'Partiellement en place ou en cours', raw_value: 'partial', comments: null });
    expect(detail).toMatchObject({ status: 'not_applicable', answer: null, raw_value: null });
    expect(cirt).toMatchObject({ status: 'unanswered', raw_value: null, updated_by: null });
    expect(staff).toMatchObject({ answer: '12', raw_value: '12' });
    expect(tools).toMatchObject({ answer: 'A et C', raw_value: '["a","c"]' });
    expect(String(general!.comments)).toContain('Ana Reviewer (reviewer, clarification, open): Overall well documented.');
  });

  it('exports the same rows as CSV, UTF-8 with a byte-order mark', async () => {
    const res = await get(reviewer, `/api/assessments/${ken}/export.csv?lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain(`filename="gci-${cycle.year}-KEN-questionnaire-en.csv"`);
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = readCsv(res.rawPayload);
    expect(records).toHaveLength(7);
    expect(records[0]).toMatchObject({
      question_key: 'legal.law',
      question: 'Is there a cybercrime law?',
      answer: 'Yes',
      raw_value: 'true',
      evidence_documents: 'act-2021.pdf',
    });
    expect(records[0]!.comments).toContain('Please cite the act, with its number.');
    expect(records[2]).toMatchObject({ question_key: 'legal.spam_detail', status: 'not_applicable', answer: '' });
    expect(records[5]).toMatchObject({ answer: 'A and C', raw_value: '["a","c"]' });
  });

  it("answers 404 to a focal point asking for another country's questionnaire, 401 to nobody, 200 to staff", async () => {
    for (const format of ['xlsx', 'csv']) {
      const res = await get(france, `/api/assessments/${ken}/export.${format}`);
      expect(res.statusCode, format).toBe(404);
      expect(res.json().code).toBe('not_found');
      expect((await get(null, `/api/assessments/${ken}/export.${format}`)).statusCode, format).toBe(401);
      expect((await get(analyst, `/api/assessments/${ken}/export.${format}`)).statusCode, format).toBe(200);
    }
    expect((await get(france, `/api/assessments/${cycle.assessments.FRA}/export.csv`)).statusCode).toBe(200);
    expect((await get(kenya, `/api/assessments/${ken}/export.xlsx?lang=de`)).statusCode).toBe(400);
  });

  it('exports all answers of a cycle for analysts: one row per country and question with the points and score it earns', async () => {
    const res = await get(analyst, `/api/cycles/${cycle.id}/exports/answers.xlsx?lang=fr`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`filename="gci-${cycle.year}-answers-fr.xlsx"`);
    const { header, rows } = await readXlsx(res.rawPayload);
    expect(header).toEqual([
      'iso3',
      'country',
      'region',
      'region_name',
      'pillar',
      'question_key',
      'question',
      'type',
      'applicable',
      'raw_value',
      'points',
      'max_points',
      'score',
    ]);
    expect(rows).toHaveLength(2 * 6);
    expect(rows.map((r) => r.iso3)).toEqual([...Array(6).fill('FRA'), ...Array(6).fill('KEN')]);
    const cell = (iso3: string, key: string) => rows.find((r) => r.iso3 === iso3 && r.question_key === key)!;
    expect(cell('KEN', 'legal.law')).toMatchObject({
      country: 'Pays KEN',
      region_name: 'Afrique',
      pillar: 'Legal (fr)',
      applicable: true,
      raw_value: 'true',
      points: 1,
      max_points: 1,
      score: 1,
    });
    expect(cell('KEN', 'legal.spam')).toMatchObject({ raw_value: 'partial', points: 0.5, score: 0.5 });
    expect(cell('KEN', 'legal.spam_detail')).toMatchObject({ applicable: false, points: null, max_points: null, score: null });
    expect(cell('KEN', 'technical.staff')).toMatchObject({ raw_value: '12', points: 0.24, score: 0.24 });
    expect(cell('KEN', 'technical.tools')).toMatchObject({ raw_value: '["a","c"]', points: 2, max_points: 2, score: 1 });
    expect(cell('KEN', 'technical.cirt')).toMatchObject({ applicable: true, raw_value: null, points: null, max_points: 2, score: null });
    expect(cell('FRA', 'legal.spam_detail')).toMatchObject({ applicable: true, region_name: 'Europe' });
  });

  it("exports a cycle's answers as CSV, with DEMO in the name of a demo cycle", async () => {
    await handle.db.updateTable('cycles').set({ isDemo: true }).where('id', '=', cycle.id).execute();
    const res = await get(analyst, `/api/cycles/${cycle.id}/exports/answers.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`filename="gci-${cycle.year}-answers-DEMO-en.csv"`);
    const records = readCsv(res.rawPayload);
    expect(records).toHaveLength(12);
    expect(records.find((r) => r.iso3 === 'KEN' && r.question_key === 'technical.staff')).toMatchObject({
      country: 'Country KEN',
      points: '0.24',
      score: '0.24',
    });
    const questionnaire = await get(kenya, `/api/assessments/${ken}/export.xlsx`);
    expect(questionnaire.headers['content-disposition']).toContain(`filename="gci-${cycle.year}-KEN-questionnaire-DEMO-en.xlsx"`);
  });

  it("refuses a cycle's answers to focal points and reviewers (403) and answers 404 for an unknown cycle", async () => {
    for (const format of ['xlsx', 'csv']) {
      expect((await get(kenya, `/api/cycles/${cycle.id}/exports/answers.${format}`)).statusCode, format).toBe(403);
      expect((await get(reviewer, `/api/cycles/${cycle.id}/exports/answers.${format}`)).statusCode, format).toBe(403);
      expect((await get(null, `/api/cycles/${cycle.id}/exports/answers.${format}`)).statusCode, format).toBe(401);
    }
    expect((await get(analyst, '/api/cycles/00000000-0000-4000-8000-000000000000/exports/answers.csv')).statusCode).toBe(404);
  });
});
