import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Locale } from '@gci/shared';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { createCountry, createCycle, createPublishedMethodology, createUser, signIn, type Session } from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { absoluteLink, createNotifier } from './notify.ts';

const PUBLIC_URL = 'https://gci.example.org';

describe(createNotifier.name, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let reviewer: Session;
  let analyst: Session;
  let methodologyVersionId: string;

  /** A focal point of Kenya who reads the platform in `locale`. */
  async function focalPoint(locale: Locale, name: string) {
    const user = await createUser(handle.db, 'focal_point', 'KEN', { name });
    await handle.db.updateTable('users').set({ locale }).where('id', '=', user.id).execute();
    return user;
  }
  const mailTo = (email: string) => handle.db.selectFrom('mailOutbox').selectAll().where('toEmail', '=', email).orderBy('createdAt').execute();
  const noticesOf = (userId: string) => handle.db.selectFrom('notifications').selectAll().where('userId', '=', userId).execute();

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle, { publicUrl: PUBLIC_URL });
    await createCountry(handle.db, 'KEN');
    await handle.db
      .updateTable('countries')
      .set({ names: JSON.stringify({ en: 'Kenya', fr: 'Kenya', es: 'Kenya', ar: 'كينيا', zh: '肯尼亚', ru: 'Кения' }) })
      .where('iso3', '=', 'KEN')
      .execute();
    reviewer = await signIn(app, await createUser(handle.db, 'reviewer'));
    analyst = await signIn(app, await createUser(handle.db, 'analyst'));
    methodologyVersionId = (await createPublishedMethodology(handle.db)).id;
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("tells each of a country's focal points of a reviewer's comment in their own language, linking to the public address", async () => {
    const cycle = await createCycle(handle.db, { methodologyVersionId, countries: ['KEN'] });
    const assessmentId = cycle.assessments.KEN!;
    const [french, arabic, russian] = [await focalPoint('fr', 'Amélie'), await focalPoint('ar', 'أمينة'), await focalPoint('ru', 'Ирина')];
    const res = await app.inject({
      method: 'POST',
      url: `/api/assessments/${assessmentId}/threads`,
      headers: reviewer.headers,
      payload: { questionKey: 'legal.law', body: 'Please attach <the law> & its decree' },
    });
    expect(res.statusCode, res.body).toBe(201);

    const [fr] = await mailTo(french.email);
    expect(fr).toMatchObject({
      kind: 'new_comment',
      locale: 'fr',
      status: 'pending',
      subject: `Nouveau commentaire d’un examinateur — Kenya, Cycle ${cycle.year}`,
    });
    expect(fr!.body).toContain('Bonjour Amélie,');
    expect(fr!.body).toContain('Question\u00a0: legal.law');
    expect(fr!.body).toContain(`${PUBLIC_URL}/assessments/${assessmentId}#q-legal.law`);
    expect(fr!.html).toContain(`href="${PUBLIC_URL}/assessments/${assessmentId}#q-legal.law"`);
    // the comment itself stays in the platform, behind its sign-in
    expect(fr!.body).not.toContain('Please attach');

    const [ar] = await mailTo(arabic.email);
    expect(ar!.subject).toBe(`تعليق جديد من أحد المراجعين — كينيا، Cycle ${cycle.year}`);
    expect(ar!.html).toMatch(/<html lang="ar" dir="rtl">/);
    const [ru] = await mailTo(russian.email);
    expect(ru!.subject).toBe(`Новый комментарий проверяющего — Кения, Cycle ${cycle.year}`);

    // the in-app notice: the web's kind, the title in the reader's language, a path inside the platform
    expect(await noticesOf(french.id)).toEqual([
      expect.objectContaining({ kind: 'comment', title: fr!.subject, link: `/assessments/${assessmentId}#q-legal.law`, assessmentId }),
    ]);
  });

  it('tells each country team that the results are out, linking to its own profile', async () => {
    // a cycle whose validation window is over, Kenya's result validated: ready to publish
    const cycle = await createCycle(handle.db, {
      methodologyVersionId,
      countries: ['KEN'],
      status: 'validation',
      opensAt: new Date('2020-01-01'),
      closesAt: new Date('2020-03-01'),
      validationClosesAt: new Date('2020-04-01'),
    });
    await handle.db.updateTable('assessments').set({ status: 'validated' }).where('id', '=', cycle.assessments.KEN!).execute();
    const team = await focalPoint('es', 'Lucía');
    const res = await app.inject({ method: 'POST', url: `/api/cycles/${cycle.id}/publish`, headers: analyst.headers, payload: {} });
    expect(res.statusCode, res.body).toBe(201);
    const [mail] = await mailTo(team.email);
    expect(mail).toMatchObject({ kind: 'results_published', locale: 'es', subject: `Resultados publicados — Kenya, Cycle ${cycle.year}` });
    expect(mail!.body).toContain(`${PUBLIC_URL}/cycles/${cycle.year}/countries/KEN`);
    expect(await noticesOf(team.id)).toEqual([expect.objectContaining({ kind: 'cycle.published', link: `/cycles/${cycle.year}/countries/KEN` })]);
  });

  it('joins the public address and a path, keeping a path the address has', () => {
    expect(absoluteLink('https://example.org/gci', '/assessments/1')).toBe('https://example.org/gci/assessments/1');
    expect(absoluteLink('https://example.org/', '/x')).toBe('https://example.org/x');
    expect(absoluteLink('https://example.org', 'https://other.example/y')).toBe('https://other.example/y');
  });
});
