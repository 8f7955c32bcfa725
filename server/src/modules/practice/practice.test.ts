import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { PracticePage } from '@gci/shared';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { insertFileEvidence, testCountryNames, type Session } from '../../../test/factories.ts';
import { createCurrentPublications } from '../public/public-cache.ts';
import { updateSharing } from './practice.repository.ts';
import { createPracticeWorld, insertLink, publishWorld, SETUP_MS, type PracticeWorld } from './practice-test-support.ts';

describe('library of national practice: consent, confirmation, search', () => {
  let w: PracticeWorld;
  const put = (session: Session | null, url: string, payload: object) => w.app.inject({ method: 'PUT', url, headers: session?.headers ?? {}, payload });
  const share = (session: Session | null, id: string, payload: object) => put(session, `/api/evidence/${id}/sharing`, payload);
  const confirm = (session: Session | null, id: string, confirmed = true) => put(session, `/api/evidence/${id}/sharing/confirmation`, { confirmed });
  const search = async (query = ''): Promise<PracticePage> => {
    const res = await w.app.inject({ method: 'GET', url: `/api/public/practice${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<PracticePage>();
  };
  const titles = (page: PracticePage) => page.items.map((i) => i.title);
  /** marks an item as a focal point would and confirms it as a reviewer would */
  const publishItem = async (id: string, sharing: object) => {
    expect((await share(w.sessions.ken, id, { mayPublish: true, ...sharing })).statusCode).toBe(200);
    expect((await confirm(w.sessions.reviewer, id)).statusCode).toBe(200);
  };

  /** The profile as the server renders it (HTML), from a second app on the same database that serves the pages. */
  let pages: FastifyInstance | undefined;
  const renderedProfile = async () => {
    pages ??= await buildTestApp(w.handle, {
      serveWeb: true,
      webDist: path.resolve(import.meta.dirname, '../../../../web/dist'),
      publicUrl: 'https://gci.example.org',
    });
    const res = await pages.inject(`/cycles/${w.published.year}/countries/KEN`);
    expect(res.statusCode).toBe(200);
    return res.body;
  };
  const profileLinks = async () => {
    const res = await w.app.inject(`/api/public/cycles/${w.published.year}/countries/KEN`);
    expect(res.statusCode, res.body).toBe(200);
    return { titles: res.json<{ evidence: { title: string }[] }>().evidence.map((e) => e.title), etag: res.headers.etag };
  };

  beforeAll(async () => {
    w = await createPracticeWorld();
  }, SETUP_MS);
  afterAll(async () => {
    await pages?.close();
    await w?.close();
  });

  describe('consent and confirmation', () => {
    let item: string;
    beforeAll(async () => {
      item = await insertLink(w.handle.db, w.answers['KEN:legal.law']!, 'Consent path law');
      await publishWorld(w);
    });

    it('starts unshared, and is not in the library', async () => {
      const row = await w.handle.db.selectFrom('evidence').select(['shareConsent', 'shareConfirmedAt']).where('id', '=', item).executeTakeFirstOrThrow();
      expect(row).toEqual({ shareConsent: false, shareConfirmedAt: null });
      expect(titles(await search())).not.toContain('Consent path law');
    });

    it('refuses a reviewer confirming an item its focal point has not allowed', async () => {
      const res = await confirm(w.sessions.reviewer, item);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'conflict' });
    });

    it('lets only the own country’s focal point mark it, with a type and a language', async () => {
      expect((await share(w.sessions.fra, item, { mayPublish: true, type: 'law', language: 'en' })).statusCode).toBe(404);
      expect((await share(w.sessions.reviewer, item, { mayPublish: true, type: 'law', language: 'en' })).statusCode).toBe(403);
      expect((await share(null, item, { mayPublish: true, type: 'law', language: 'en' })).statusCode).toBe(401);
      const missing = await share(w.sessions.ken, item, { mayPublish: true, language: 'en' });
      expect(missing.statusCode).toBe(400);
      expect(missing.json()).toMatchObject({ code: 'validation_failed' });
      expect((await share(w.sessions.ken, item, { mayPublish: true, type: 'treaty', language: 'en' })).statusCode).toBe(400);
      expect((await share(w.sessions.ken, item, { mayPublish: true, type: 'law', language: 'en', date: '2021-13' })).statusCode).toBe(400);
      const ok = await share(w.sessions.ken, item, { mayPublish: true, allowFile: true, type: 'law', language: 'en', date: '2021' });
      expect(ok.statusCode, ok.body).toBe(200);
      // a link has no file to allow
      expect(ok.json()).toEqual({ mayPublish: true, allowFile: false, type: 'law', language: 'en', date: '2021', confirmed: false });
      expect(titles(await search())).not.toContain('Consent path law');
    });

    it('is confirmed by a reviewer or an administrator only, then public with its place in the methodology', async () => {
      expect((await confirm(w.sessions.analyst, item)).statusCode).toBe(403);
      expect((await confirm(w.sessions.ken, item)).statusCode).toBe(403);
      const res = await confirm(w.sessions.reviewer, item);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ mayPublish: true, confirmed: true });
      const page = await search('?q=consent');
      expect(page.items).toEqual([
        {
          id: item,
          title: 'Consent path law',
          url: 'https://example.org/practice',
          hasFile: false,
          fileName: null,
          type: 'law',
          language: 'en',
          date: '2021',
          iso3: 'KEN',
          countryNames: testCountryNames('KEN'),
          region: 'africa',
          year: w.published.year,
          pillarKey: 'legal',
          indicatorKey: 'legal.laws',
        },
      ]);
      expect(page.total).toBe(1);
    });

    it('goes out of the library when the focal point changes anything (the reviewer confirms the last choice) or withdraws', async () => {
      const changed = await share(w.sessions.ken, item, { mayPublish: true, type: 'strategy', language: 'en' });
      expect(changed.json()).toMatchObject({ confirmed: false, type: 'strategy' });
      expect(titles(await search())).not.toContain('Consent path law');
      expect((await confirm(w.sessions.reviewer, item)).statusCode).toBe(200);
      expect(titles(await search())).toContain('Consent path law');
      expect((await confirm(w.sessions.reviewer, item, false)).json()).toMatchObject({ confirmed: false });
      expect(titles(await search())).not.toContain('Consent path law');
      expect((await confirm(w.sessions.admin, item)).statusCode).toBe(200);
      // the public profile lists the confirmed link, and not once consent is withdrawn (its cached bytes and ETag follow)
      const before = await profileLinks();
      expect(before.titles).toContain('Consent path law');
      expect(await renderedProfile()).toContain('Consent path law');
      expect((await share(w.sessions.ken, item, { mayPublish: false })).json()).toMatchObject({ mayPublish: false, confirmed: false });
      expect(titles(await search())).not.toContain('Consent path law');
      const after = await profileLinks();
      expect(after.titles).not.toContain('Consent path law');
      expect(after.etag).not.toBe(before.etag);
      // and the page rendered on the server, which was kept until the next publication, is rendered again
      expect(await renderedProfile()).not.toContain('Consent path law');
    });

    it('reaches the caches of another server process, which was not told, within its refresh', async () => {
      // a second process's view of the current publications: it re-reads every 1,000 ms of its clock
      let clock = 0;
      const elsewhere = createCurrentPublications(w.handle.db, 1000, () => clock);
      const before = (await elsewhere()).contentVersion;
      // this process changes the sharing as its service does, in a transaction, without telling the other
      await w.handle.db
        .transaction()
        .execute((trx) => updateSharing(trx, item, { shareConsent: true, shareFile: false, practiceType: 'law', practiceLanguage: 'en', practiceDate: null }));
      expect((await elsewhere()).contentVersion).toBe(before); // kept until its refresh is due
      clock += 1000;
      // once due, the re-read is waited for briefly, or used by the next reader once it has come
      let after = before;
      while (after === before) after = (await elsewhere()).contentVersion;
      expect(after.split('#')[0]).toBe(before.split('#')[0]); // the same publications, other evidence
    });

    it('records each decision in the audit log, with who, before and after', async () => {
      const rows = await w.handle.db.selectFrom('auditLog').select(['action', 'after']).where('entityId', '=', item).orderBy('id').execute();
      expect(rows.map((r) => r.action)).toEqual([
        'evidence.sharing_set',
        'evidence.sharing_confirmed',
        'evidence.sharing_set',
        'evidence.sharing_confirmed',
        'evidence.sharing_cleared',
        'evidence.sharing_confirmed',
        'evidence.sharing_set',
      ]);
    });

    it('shows the choice on the evidence of the assessment, to its team and to reviewers', async () => {
      await share(w.sessions.ken, item, { mayPublish: true, type: 'law', language: 'en' });
      const res = await w.app.inject({ method: 'GET', url: `/api/assessments/${w.published.assessments.KEN}`, headers: w.sessions.reviewer.headers });
      const evidence = res.json<{ answers: Record<string, { evidence: { id: string; sharing: unknown }[] }> }>().answers['legal.law']!.evidence;
      expect(evidence.find((e) => e.id === item)?.sharing).toEqual({
        mayPublish: true,
        allowFile: false,
        type: 'law',
        language: 'en',
        date: null,
        confirmed: false,
      });
    });
  });

  describe('files', () => {
    it('serves a document only when the focal point allowed the file, and only once confirmed', async () => {
      const pdf = new TextEncoder().encode('%PDF-1.4 practice file');
      const allowed = await insertFileEvidence(w.handle.db, w.answers['KEN:technical.cirt']!, pdf, 'cirt-charter.pdf');
      const notAllowed = await insertFileEvidence(w.handle.db, w.answers['KEN:technical.cirt']!, new TextEncoder().encode('%PDF-1.4 other'), 'cirt-plan.pdf');
      const download = (id: string) => w.app.inject({ method: 'GET', url: `/api/public/practice/${id}/file` });
      await share(w.sessions.ken, allowed, { mayPublish: true, allowFile: true, type: 'cirt', language: 'en' });
      expect((await download(allowed)).statusCode).toBe(404);
      await confirm(w.sessions.reviewer, allowed);
      await publishItem(notAllowed, { allowFile: false, type: 'cirt', language: 'en' });
      const res = await download(allowed);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(Buffer.from(pdf))).toBe(true);
      expect(res.headers['content-disposition']).toMatch(/^attachment;/);
      expect((await download(notAllowed)).statusCode).toBe(404);
      const page = await search('?type=cirt');
      expect(page.items.map((i) => [i.title, i.hasFile, i.fileName])).toEqual(
        expect.arrayContaining([
          ['cirt-charter.pdf', true, 'cirt-charter.pdf'],
          ['cirt-plan.pdf', false, null],
        ]),
      );
    });
  });

  describe('search', () => {
    beforeAll(async () => {
      const items: [string, string, object][] = [
        ['KEN:legal.spam', 'National cybersecurity strategies and action plans', { type: 'strategy', language: 'en', date: '2023-05' }],
        ['KEN:legal.spam', 'Stratégie nationale de cybersécurité', { type: 'strategy', language: 'fr', date: '2022' }],
        ['KEN:legal.spam', 'Национальные стратегии кибербезопасности', { type: 'strategy', language: 'ru', date: '2020' }],
        ['KEN:legal.spam', '国家网络安全战略', { type: 'strategy', language: 'zh', date: '2019' }],
        ['KEN:technical.cirt', 'Cybersecurity awareness month', { type: 'awareness', language: 'en', date: '2024-10-01' }],
      ];
      for (const [answer, title, sharing] of items) await publishItem(await insertLink(w.handle.db, w.answers[answer]!, title), sharing);
    });

    it('finds words through their stems in English, French and Russian', async () => {
      // "strategy" / "stratégies" / "стратегия": other forms of the words in the titles
      expect(titles(await search('?q=strategy'))).toEqual(['National cybersecurity strategies and action plans']);
      expect(titles(await search(`?q=${encodeURIComponent('stratégies nationales')}`))).toEqual(['Stratégie nationale de cybersécurité']);
      expect(titles(await search(`?q=${encodeURIComponent('стратегия')}`))).toEqual(['Национальные стратегии кибербезопасности']);
    });

    it('matches Chinese plainly, as part of the title', async () => {
      expect(titles(await search(`?q=${encodeURIComponent('网络安全')}`))).toEqual(['国家网络安全战略']);
    });

    it('filters by type, language, pillar, indicator, region, country and cycle', async () => {
      expect(titles(await search('?type=awareness'))).toEqual(['Cybersecurity awareness month']);
      expect(titles(await search('?type=strategy&language=fr'))).toEqual(['Stratégie nationale de cybersécurité']);
      expect(titles(await search('?pillar=technical&type=awareness'))).toEqual(['Cybersecurity awareness month']);
      expect((await search('?indicator=legal.laws&type=awareness')).total).toBe(0);
      expect((await search('?indicator=legal.laws&type=strategy')).total).toBe(4);
      expect((await search('?region=europe')).total).toBe(0);
      expect((await search('?country=FRA')).total).toBe(0);
      expect((await search(`?year=${w.hidden.year}`)).total).toBe(0);
      expect((await search(`?year=${w.published.year}&type=strategy`)).total).toBe(4);
    });

    it('orders by date, newest first, or by relevance; pages with a total', async () => {
      expect(titles(await search('?type=strategy&order=date'))).toEqual([
        'National cybersecurity strategies and action plans',
        'Stratégie nationale de cybersécurité',
        'Национальные стратегии кибербезопасности',
        '国家网络安全战略',
      ]);
      const second = await search('?type=strategy&order=date&limit=2&offset=2');
      expect(second.total).toBe(4);
      expect(titles(second)).toEqual(['Национальные стратегии кибербезопасности', '国家网络安全战略']);
      // two English titles hold "cybersecurity"; only one holds "awareness" too, so it ranks first
      expect(titles(await search(`?q=${encodeURIComponent('cybersecurity or awareness')}&language=en`))[0]).toBe('Cybersecurity awareness month');
    });

    it('refuses what it does not know', async () => {
      for (const q of ['?order=score', '?type=treaty', '?region=mars', '?limit=1000', '?country=kenya', '?rank=1']) {
        expect((await w.app.inject({ method: 'GET', url: `/api/public/practice${q}` })).statusCode, q).toBe(400);
      }
    });
  });
});
