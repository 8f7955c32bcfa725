import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../../test/test-db.ts';
import { buildTestApp } from '../../test/build-test-app.ts';
import { createCountry, createCycle, createPublishedMethodology, createUser, signIn, type Session } from '../../test/factories.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { publishCycle } from '../modules/publication/publication.service.ts';
import { ROUTE_ACCESS } from './access-policy.ts';

const CANARY = 'CANARY-7f3a9c-KEN-UNPUBLISHED';

/**
 * A marker planted in Kenya's unpublished answers, evidence titles and links, comments and
 * consultation text, and in links of its published cycle that were not consented to or not
 * confirmed for publication, must appear zero times in anything France's focal point or the public can
 * obtain: every GET route, with every id we know, including exports and counts.
 */
describe('unpublished data never leaks to another country or to the public', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let france: Session;
  const ids: Record<string, string> = {};
  let years: number[] = [];

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    await createCountry(handle.db, 'KEN');
    await createCountry(handle.db, 'FRA');
    const { id: versionId } = await createPublishedMethodology(handle.db);
    const published = await createCycle(handle.db, { methodologyVersionId: versionId, countries: ['KEN', 'FRA'], status: 'closed' });
    const open = await createCycle(handle.db, { methodologyVersionId: versionId, countries: ['KEN', 'FRA'] });
    years = [published.year, open.year];
    await publishCycle(handle.db, { cycleId: published.id, publishedBy: null });
    const kenTeam = await createUser(handle.db, 'focal_point', 'KEN');
    const reviewer = await createUser(handle.db, 'reviewer');
    // the canary, everywhere Kenya's team and its reviewers write, in the open (unpublished) cycle
    const kenya = open.assessments.KEN!;
    const answer = await handle.db
      .insertInto('answers')
      .values({ assessmentId: kenya, questionKey: 'legal.spam_detail', value: JSON.stringify(`${CANARY} answer`) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('answers')
      .values({ assessmentId: kenya, questionKey: 'legal.spam', value: JSON.stringify('in_place') })
      .execute();
    const evidence = await handle.db
      .insertInto('evidence')
      .values({ answerId: answer.id, kind: 'link', title: `${CANARY} title`, url: `https://example.org/${CANARY}` })
      .returning('id')
      .executeTakeFirstOrThrow();
    // in the published cycle: a link the focal point did not allow to be published, and one allowed but never confirmed
    const publishedAnswer = await handle.db
      .insertInto('answers')
      .values({ assessmentId: published.assessments.KEN!, questionKey: 'legal.spam', value: JSON.stringify('in_place') })
      .returning('id')
      .executeTakeFirstOrThrow();
    const beforePublication = new Date(Date.now() - 86_400_000);
    await handle.db
      .insertInto('evidence')
      .values([
        {
          answerId: publishedAnswer.id,
          kind: 'link',
          title: `${CANARY} unconsented`,
          url: `https://example.org/${CANARY}/unconsented`,
          createdAt: beforePublication,
        },
        {
          answerId: publishedAnswer.id,
          kind: 'link',
          title: `${CANARY} unconfirmed`,
          url: `https://example.org/${CANARY}/unconfirmed`,
          createdAt: beforePublication,
          shareConsent: true,
          practiceType: 'law',
          practiceLanguage: 'en',
        },
      ])
      .execute();
    const thread = await handle.db
      .insertInto('commentThreads')
      .values({ assessmentId: kenya, questionKey: 'legal.spam', createdBy: reviewer.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('comments')
      .values({ threadId: thread.id, authorId: kenTeam.id, body: `${CANARY} comment` })
      .execute();
    await handle.db
      .insertInto('notifications')
      .values({ userId: kenTeam.id, kind: 'comment', title: `${CANARY} notice` })
      .execute();
    Object.assign(ids, {
      kenya,
      franceAssessment: open.assessments.FRA!,
      evidence: evidence.id,
      thread: thread.id,
      version: versionId,
      cycle: open.id,
      publishedCycle: published.id,
    });
    france = await signIn(app, await createUser(handle.db, 'focal_point', 'FRA'));
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  /** Every GET route filled in with every id and year we know, plus the list routes as they are. */
  function urls(): string[] {
    const out = new Set<string>();
    for (const route of Object.keys(ROUTE_ACCESS).filter((r) => r.startsWith('GET '))) {
      const pattern = route.slice(4);
      const params = pattern.match(/:[a-zA-Z0-9]+/g) ?? [];
      const fills: Record<string, string[]> = {
        ':year': years.map(String),
        ':iso3': ['KEN', 'FRA'],
        ':questionKey': ['legal.spam_detail', 'legal.spam'],
        ':assessmentId': [ids.kenya!, ids.franceAssessment!],
      };
      let variants = [pattern];
      for (const p of params) {
        const values = fills[p] ?? Object.values(ids);
        variants = variants.flatMap((v) => values.map((value) => v.replace(p, value)));
      }
      variants.forEach((v) => out.add(v));
    }
    for (const query of ['?cycle=' + years[1], '?country=KEN', '?status=in_progress', '?lang=fr']) out.add(`/api/assessments${query}`);
    return [...out];
  }

  it('shows the canary to nobody outside Kenya: not France, not the public', async () => {
    const all = urls();
    expect(all.length).toBeGreaterThan(40);
    const leaks: string[] = [];
    let inspected = 0;
    for (const url of all) {
      for (const [who, headers] of [
        ['France', france.headers],
        ['anonymous', {}],
      ] as const) {
        const res = await app.inject({ method: 'GET', url, headers });
        inspected++;
        expect(res.statusCode, `${who} ${url}`).toBeLessThan(500);
        if (res.body.includes(CANARY)) leaks.push(`${who} ${url} → ${res.statusCode}`);
      }
    }
    console.log(`canary: ${inspected} responses inspected, ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
  });

  it('does show it to Kenya itself (the marker is really there)', async () => {
    const kenya = await signIn(app, await createUser(handle.db, 'focal_point', 'KEN'));
    const res = await app.inject({ method: 'GET', url: `/api/assessments/${ids.kenya}`, headers: kenya.headers });
    expect(res.body).toContain(CANARY);
  });
});
