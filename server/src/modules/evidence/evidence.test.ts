import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { dbDigest } from '../../../test/db-digest.ts';
import {
  createCountry,
  createCycle,
  createPublishedMethodology,
  createUser,
  insertAnswer,
  insertFileEvidence,
  signIn,
  type Session,
} from '../../../test/factories.ts';
import { ELF_HEADER, multipartFile, MZ_HEADER, SAMPLE_PNG, sampleDocx, samplePdf } from '../../../test/files.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { sha256Hex } from '../../lib/hash.ts';

describe('evidence', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let ken: Session;
  let fra: Session;
  let staff: Record<'admin' | 'analyst' | 'reviewer', Session>;
  let assessments: Record<string, string>;
  let kenAnswerId: string;
  const upload = (session: Session, fileName: string, content: Buffer, fields: Record<string, string> = {}, assessmentId = assessments.KEN!) => {
    const body = multipartFile(fileName, content, fields);
    return app.inject({
      method: 'POST',
      url: `/api/assessments/${assessmentId}/answers/legal.law/evidence/upload`,
      headers: { ...session.headers, ...body.headers },
      payload: body.payload,
    });
  };
  const addLink = (session: Session, payload: object, questionKey = 'legal.law') =>
    app.inject({ method: 'POST', url: `/api/assessments/${assessments.KEN}/answers/${questionKey}/evidence`, headers: session.headers, payload });
  const download = (id: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url: `/api/evidence/${id}/download`, headers });
  const evidenceRow = (id: string) => handle.db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst();

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    await createCountry(handle.db, 'KEN');
    await createCountry(handle.db, 'FRA');
    const { id } = await createPublishedMethodology(handle.db);
    ({ assessments } = await createCycle(handle.db, { methodologyVersionId: id, countries: ['KEN', 'FRA'] }));
    kenAnswerId = (await insertAnswer(handle.db, { assessmentId: assessments.KEN!, questionKey: 'legal.law', value: true })).id;
    await insertAnswer(handle.db, { assessmentId: assessments.FRA!, questionKey: 'legal.law', value: true });
    ken = await signIn(app, await createUser(handle.db, 'focal_point', 'KEN'));
    fra = await signIn(app, await createUser(handle.db, 'focal_point', 'FRA'));
    staff = {
      admin: await signIn(app, await createUser(handle.db, 'admin')),
      analyst: await signIn(app, await createUser(handle.db, 'analyst')),
      reviewer: await signIn(app, await createUser(handle.db, 'reviewer')),
    };
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  describe('uploads', () => {
    it.each([
      ['a PDF', 'report.pdf', samplePdf(), 'application/pdf'],
      ['a PNG', 'chart.png', SAMPLE_PNG, 'image/png'],
    ])('accepts %s, stores it under its SHA-256 and serves it back as an attachment', async (_name, fileName, content, mediaType) => {
      const res = await upload(ken, fileName, content, { title: 'National strategy' });
      expect(res.statusCode, res.body).toBe(201);
      const item = res.json();
      expect(item).toMatchObject({ kind: 'file', title: 'National strategy', fileName, mediaType, sizeBytes: content.length, sha256: sha256Hex(content) });
      expect(await evidenceRow(item.id)).toMatchObject({ answerId: kenAnswerId, sha256: sha256Hex(content), mediaType });
      const blob = await handle.db.selectFrom('evidenceBlobs').select('content').where('sha256', '=', sha256Hex(content)).executeTakeFirstOrThrow();
      expect(Buffer.from(blob.content).equals(content)).toBe(true);

      const file = await download(item.id, ken.headers);
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(content)).toBe(true);
      expect(file.headers['content-type']).toBe(mediaType);
      expect(file.headers['content-disposition']).toBe(`attachment; filename="${fileName}"; filename*=UTF-8''${fileName}`);
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.headers['content-security-policy']).toMatch(/sandbox/);
      expect(file.headers['cache-control']).toBe('no-store');
    });

    it('lets only those who may read the answer download it: the team and staff, not another country (404) nor anonymous (401)', async () => {
      const id = await insertFileEvidence(handle.db, kenAnswerId, samplePdf('secret'));
      for (const session of [ken, staff.admin, staff.analyst, staff.reviewer]) expect((await download(id, session.headers)).statusCode).toBe(200);
      const other = await download(id, fra.headers);
      expect(other.statusCode).toBe(404);
      expect(other.body).not.toContain('secret');
      expect((await download(id)).statusCode).toBe(401);
    });

    it.each([
      ['a Linux executable', ELF_HEADER],
      ['a Windows executable', MZ_HEADER],
      ['an HTML page', Buffer.from('<!doctype html><html><script>alert(1)</script></html>')],
      ['plain text', Buffer.from('just some words, not a document')],
    ])('refuses %s named report.pdf with 415, storing nothing', async (_name, content) => {
      const before = await dbDigest(handle.db);
      const res = await upload(ken, 'report.pdf', content);
      expect(res.statusCode).toBe(415);
      expect(res.json()).toMatchObject({ code: 'unsupported_media_type', field: 'file' });
      expect(await dbDigest(handle.db)).toEqual(before);
    });

    it('names a stored file after the type of its content: a PDF sent as poly.html is kept and served as poly.pdf', async () => {
      const res = await upload(ken, 'poly.html', samplePdf('polyglot'));
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ fileName: 'poly.pdf', mediaType: 'application/pdf' });
      const file = await download(res.json().id, ken.headers);
      expect(file.headers['content-disposition']).toContain('filename="poly.pdf"');
    });

    it('accepts a Word document, and refuses one that unpacks past 100 MB (413), even when its archive understates it', async () => {
      const docx = sampleDocx(Buffer.from('<w:document>A national strategy</w:document>'));
      const ok = await upload(ken, 'strategy.docx', docx);
      expect(ok.statusCode, ok.body).toBe(201);
      const before = await dbDigest(handle.db);
      const zeros = Buffer.alloc(101 * 1024 * 1024);
      for (const bomb of [sampleDocx(zeros), sampleDocx(zeros, { 'word/document.xml': 1000 })]) {
        const res = await upload(ken, 'bomb.docx', bomb);
        expect(res.statusCode).toBe(413);
        expect(res.json()).toMatchObject({ code: 'payload_too_large', field: 'file' });
      }
      expect(await dbDigest(handle.db)).toEqual(before);
    });

    it('refuses a file over 10 MB with 413, storing nothing', async () => {
      const before = await dbDigest(handle.db);
      const res = await upload(ken, 'big.pdf', Buffer.concat([samplePdf(), Buffer.alloc(10 * 1024 * 1024)]));
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ code: 'payload_too_large' });
      expect(await dbDigest(handle.db)).toEqual(before);
    });

    it('refuses an empty file, a request without a file, and a JSON body with 400', async () => {
      const before = await dbDigest(handle.db);
      expect((await upload(ken, 'empty.pdf', Buffer.alloc(0))).json()).toMatchObject({ code: 'validation_failed', field: 'file' });
      const json = await app.inject({
        method: 'POST',
        url: `/api/assessments/${assessments.KEN}/answers/legal.law/evidence/upload`,
        headers: ken.headers,
        payload: { file: 'x' },
      });
      expect([json.statusCode, json.json().field]).toEqual([400, 'file']);
      expect(await dbDigest(handle.db)).toEqual(before);
    });

    it.each([
      ['../../etc/passwd.pdf', 'passwd.pdf'],
      ['..\\..\\windows\\system32\\evil.pdf', 'evil.pdf'],
      ['.hidden.pdf', 'hidden.pdf'],
      ['rapport\u0000 final é.pdf', 'rapport final é.pdf'],
    ])('stores the file name %j as the plain name %j', async (given, plain) => {
      const res = await upload(ken, given, samplePdf(given), { title: 'Title\u0000 with a NUL' });
      expect(res.statusCode, res.body).toBe(201);
      expect(await evidenceRow(res.json().id)).toMatchObject({ fileName: plain, title: 'Title with a NUL' });
      const file = await download(res.json().id, ken.headers);
      expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(plain)}`);
    });
  });

  describe('links', () => {
    it.each([
      'javascript:alert(1)',
      'JavaScript://example.org/%0aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.org/law.pdf',
      'file:///etc/passwd',
      'not a url',
    ])('refuses %j with 400 body.url, storing nothing', async (url) => {
      const before = await dbDigest(handle.db);
      const res = await addLink(ken, { title: 'Law', url });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed', field: 'body.url' });
      expect(await dbDigest(handle.db)).toEqual(before);
    });

    it('stores an https link with its title', async () => {
      const res = await addLink(ken, { title: ' Cybercrime Act ', url: 'https://example.org/act?id=5' });
      expect(res.statusCode).toBe(201);
      expect(await evidenceRow(res.json().id)).toMatchObject({
        kind: 'link',
        title: 'Cybercrime Act',
        url: 'https://example.org/act?id=5',
        answerId: kenAnswerId,
      });
    });

    it('refuses a title with a NUL character (400 body.title), and evidence for an unanswered question (409)', async () => {
      expect((await addLink(ken, { title: 'a\u0000b', url: 'https://example.org' })).json()).toMatchObject({ field: 'body.title' });
      const unanswered = await addLink(ken, { title: 'Law', url: 'https://example.org' }, 'technical.cirt');
      expect([unanswered.statusCode, unanswered.json().field]).toEqual([409, 'params.questionKey']);
    });
  });

  describe('removal', () => {
    it('lets the country team delete evidence while the assessment is editable', async () => {
      const id = await insertFileEvidence(handle.db, kenAnswerId, samplePdf('to delete'));
      const res = await app.inject({ method: 'DELETE', url: `/api/evidence/${id}`, headers: ken.headers });
      expect(res.statusCode).toBe(204);
      expect(await evidenceRow(id)).toBeUndefined();
      expect((await download(id, ken.headers)).statusCode).toBe(404);
    });

    it('answers another country’s focal point 404 and staff 403, deleting nothing', async () => {
      const id = await insertFileEvidence(handle.db, kenAnswerId, samplePdf('keep'));
      const before = await dbDigest(handle.db);
      expect((await app.inject({ method: 'DELETE', url: `/api/evidence/${id}`, headers: fra.headers })).statusCode).toBe(404);
      expect((await app.inject({ method: 'DELETE', url: `/api/evidence/${id}`, headers: staff.reviewer.headers })).statusCode).toBe(403);
      expect((await app.inject({ method: 'DELETE', url: `/api/evidence/00000000-0000-4000-8000-000000000000`, headers: ken.headers })).statusCode).toBe(404);
      expect(await dbDigest(handle.db)).toEqual(before);
    });
  });
});
