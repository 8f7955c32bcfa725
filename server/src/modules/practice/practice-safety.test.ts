import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICE_TYPES, type PracticeExamples, type PracticePage } from '@gci/shared';
import { createUser, insertFileEvidence, signIn, type Session } from '../../../test/factories.ts';
import { ROUTE_ACCESS } from '../../http/access-policy.ts';
import { createPracticeWorld, insertLink, publishWorld, SETUP_MS, type PracticeWorld } from './practice-test-support.ts';

const CANARY = 'CANARY-practice-4be1';

/**
 * Items not to be public carry a marker: unconsented, consented but not confirmed, confirmed in a
 * cycle never published, and a confirmed item's document whose file was not allowed. Every public
 * GET route, with every id, year and country we know and the library's filters, must show it nowhere.
 */
describe('the library shows nothing unconsented, unconfirmed or unpublished', () => {
  let w: PracticeWorld;
  const ids: Record<string, string> = {};
  const share = (s: Session, id: string, body: object) =>
    w.app.inject({ method: 'PUT', url: `/api/evidence/${id}/sharing`, headers: s.headers, payload: body });
  const confirm = (s: Session, id: string) =>
    w.app.inject({ method: 'PUT', url: `/api/evidence/${id}/sharing/confirmation`, headers: s.headers, payload: { confirmed: true } });
  const get = (url: string) => w.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    w = await createPracticeWorld();
    const db = w.handle.db;
    const { ken, reviewer } = w.sessions;
    const bytes = (text: string) => new TextEncoder().encode(`%PDF-1.4 ${text}`);
    ids.unconsented = await insertFileEvidence(db, w.answers['KEN:legal.law']!, bytes(CANARY), `${CANARY}-unconsented.pdf`);
    ids.unconfirmed = await insertFileEvidence(db, w.answers['KEN:legal.law']!, bytes(`${CANARY} 2`), `${CANARY}-unconfirmed.pdf`);
    expect((await share(ken, ids.unconfirmed, { mayPublish: true, allowFile: true, type: 'law', language: 'en' })).statusCode).toBe(200);
    ids.fileNotAllowed = await insertFileEvidence(db, w.answers['KEN:legal.law']!, bytes(`${CANARY} 3`), 'visible-title.pdf');
    expect((await share(ken, ids.fileNotAllowed, { mayPublish: true, allowFile: false, type: 'law', language: 'en' })).statusCode).toBe(200);
    expect((await confirm(reviewer, ids.fileNotAllowed)).statusCode).toBe(200);
    ids.unpublished = await insertLink(db, w.answers['hidden:KEN:legal.law']!, `${CANARY} unpublished cycle`, `https://example.org/${CANARY}`);
    expect((await share(ken, ids.unpublished, { mayPublish: true, type: 'law', language: 'en' })).statusCode).toBe(200);
    expect((await confirm(reviewer, ids.unpublished)).statusCode).toBe(200);
    ids.visible = await insertLink(db, w.answers['KEN:legal.law']!, 'Visible law');
    expect((await share(ken, ids.visible, { mayPublish: true, type: 'law', language: 'en' })).statusCode).toBe(200);
    expect((await confirm(reviewer, ids.visible)).statusCode).toBe(200);
    // an unconfirmed link of the published cycle: public profiles list evidence links (their own rule); the library must not
    ids.unconfirmedLink = await insertLink(db, w.answers['KEN:legal.spam']!, 'Unconfirmed link MARK-77');
    await share(ken, ids.unconfirmedLink, { mayPublish: true, type: 'law', language: 'en' });
    await publishWorld(w);
  }, SETUP_MS);
  afterAll(() => w?.close());

  /** Every public GET route filled in with every id, year and country we know; the library with each filter. */
  function urls(): string[] {
    const out = new Set<string>();
    for (const route of Object.keys(ROUTE_ACCESS).filter((r) => r.startsWith('GET ') && ROUTE_ACCESS[r] === 'public')) {
      let variants = [route.slice(4)];
      for (const p of route.match(/:[a-zA-Z0-9]+/g) ?? []) {
        const fills: Record<string, string[]> = {
          ':year': [w.published.year, w.hidden.year].map(String),
          ':iso3': ['KEN', 'NGA', 'GHA', 'FRA'],
        };
        const values = fills[p] ?? [...Object.values(ids), w.published.id, w.hidden.id];
        variants = variants.flatMap((v) => values.map((value) => v.replace(p, value)));
      }
      variants.forEach((v) => out.add(v));
    }
    const library = [
      '',
      `?q=${CANARY}`,
      '?q=unconsented',
      '?q=unpublished',
      '?country=KEN',
      '?language=en',
      '?order=date',
      `?year=${w.hidden.year}`,
      '?limit=100',
    ];
    for (const type of PRACTICE_TYPES) library.push(`?type=${type}`);
    for (const q of library) out.add(`/api/public/practice${q}`);
    for (const year of [w.published.year, w.hidden.year]) {
      for (const iso3 of ['KEN', 'NGA', 'GHA', 'FRA'])
        out.add(`/api/public/cycles/${year}/countries/${iso3}/practice?indicators=legal.laws,technical.response`);
    }
    return [...out];
  }

  it('shows the marker on no public route, and the confirmed item where it belongs', async () => {
    const all = urls();
    expect(all.some((u) => u.includes('/api/public/practice/'))).toBe(true);
    expect(all.some((u) => u.endsWith('/practice?indicators=legal.laws,technical.response'))).toBe(true);
    const leaks: string[] = [];
    for (const url of all) {
      const res = await get(url);
      expect(res.statusCode, url).toBeLessThan(500);
      if (res.body.includes(CANARY)) leaks.push(`${url} → ${res.statusCode}`);
      if (url.includes('practice') && res.body.includes('MARK-77')) leaks.push(`${url} (unconfirmed link) → ${res.statusCode}`);
    }
    expect(leaks).toEqual([]);
    // the controls: the confirmed item is there, its title too (without its document)
    const page = (await get('/api/public/practice')).json<PracticePage>();
    expect(page.items.map((i) => i.id).sort()).toEqual([ids.fileNotAllowed, ids.visible].sort());
    expect((await get(`/api/public/practice/${ids.fileNotAllowed}/file`)).statusCode).toBe(404);
  });

  it('does hold the marker in what Kenya itself sees (the plant is real)', async () => {
    const res = await w.app.inject({ method: 'GET', url: `/api/assessments/${w.hidden.assessments.KEN}`, headers: w.sessions.ken.headers });
    expect(res.body).toContain(CANARY);
  });
});

describe('how others do it: practice of countries of the same region that meet the indicator', () => {
  let w: PracticeWorld;
  const items: Record<string, string> = {};

  beforeAll(async () => {
    w = await createPracticeWorld();
    // each country's focal point marks one item on the legal indicator; a reviewer confirms them all
    for (const iso3 of ['KEN', 'NGA', 'GHA', 'FRA'] as const) {
      const team = await signIn(w.app, await createUser(w.handle.db, 'focal_point', iso3));
      const id = await insertLink(w.handle.db, w.answers[`${iso3}:legal.law`]!, `Law of ${iso3}`);
      expect(
        (
          await w.app.inject({
            method: 'PUT',
            url: `/api/evidence/${id}/sharing`,
            headers: team.headers,
            payload: { mayPublish: true, type: 'law', language: 'en' },
          })
        ).statusCode,
      ).toBe(200);
      const res = await w.app.inject({
        method: 'PUT',
        url: `/api/evidence/${id}/sharing/confirmation`,
        headers: w.sessions.reviewer.headers,
        payload: { confirmed: true },
      });
      expect(res.statusCode).toBe(200);
      items[iso3] = id;
    }
    await publishWorld(w);
  }, SETUP_MS);
  afterAll(() => w?.close());

  const examples = async (iso3: string, indicators: string) => {
    const res = await w.app.inject({ method: 'GET', url: `/api/public/cycles/${w.published.year}/countries/${iso3}/practice?indicators=${indicators}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<PracticeExamples>().examples.map((e) => [e.indicatorKey, e.items.map((i) => i.iso3).sort()]);
  };

  it('gives Ghana (missing legal.laws) the practice of Kenya and Nigeria, which meet it, not of France (Europe)', async () => {
    expect(await examples('GHA', 'legal.laws')).toEqual([['legal.laws', ['KEN', 'NGA']]]);
  });

  it('leaves out the country itself and countries of its region that do not meet the indicator', async () => {
    expect(await examples('KEN', 'legal.laws,technical.response')).toEqual([
      ['legal.laws', ['NGA']],
      ['technical.response', []],
    ]);
  });

  it('answers 404 for a year without published results', async () => {
    const res = await w.app.inject({ method: 'GET', url: `/api/public/cycles/${w.hidden.year}/countries/GHA/practice?indicators=legal.laws` });
    expect(res.statusCode).toBe(404);
  });
});
