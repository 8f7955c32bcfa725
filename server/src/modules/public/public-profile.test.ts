import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicationContentSchema, CountryProfileSchema, type CountryProfile } from '@gci/shared';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { createDemoTestDb } from '../../../test/test-db.ts';
import { insertFileEvidence } from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';

// The first file to ask for the demo seeds it (194 countries × 2 cycles: seconds, much longer on a busy machine).
const SEED_TIMEOUT_MS = 300_000;
const SLOW_TEST_MS = 120_000;

const BEFORE_PUBLICATION = new Date('2025-06-01T00:00:00Z'); // the seed publishes at 2026-01-01
/** Consented by the focal point and confirmed by a reviewer: what may be public. */
const SHARED = { shareConsent: true, practiceType: 'law', practiceLanguage: 'en', shareConfirmedAt: BEFORE_PUBLICATION } as const;

describe('public country profile', { timeout: SLOW_TEST_MS }, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;

  async function answerId(year: number, iso3: string, questionKey: string): Promise<string> {
    const row = await handle.db
      .selectFrom('answers as ans')
      .innerJoin('assessments as a', 'a.id', 'ans.assessmentId')
      .innerJoin('cycles as c', 'c.id', 'a.cycleId')
      .where('c.year', '=', year)
      .where('a.countryIso3', '=', iso3)
      .where('ans.questionKey', '=', questionKey)
      .select('ans.id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  beforeAll(async () => {
    handle = await createDemoTestDb();
    const law = await answerId(2024, 'KEN', 'legal.cybercrime.substantive_law');
    await handle.db
      .insertInto('evidence')
      .values([
        {
          answerId: law,
          kind: 'link',
          title: 'Computer Misuse and Cybercrimes Act',
          url: 'https://example.org/ken-act',
          createdAt: BEFORE_PUBLICATION,
          ...SHARED,
        },
        // added after publication: not part of what was published
        { answerId: law, kind: 'link', title: 'Later link', url: 'https://example.org/later', ...SHARED },
        // the focal point did not allow it to be published
        { answerId: law, kind: 'link', title: 'Unconsented link', url: 'https://example.org/unconsented', createdAt: BEFORE_PUBLICATION },
        // allowed, but no reviewer confirmed it
        {
          answerId: law,
          kind: 'link',
          title: 'Unconfirmed link',
          url: 'https://example.org/unconfirmed',
          createdAt: BEFORE_PUBLICATION,
          shareConsent: true,
          practiceType: 'law',
          practiceLanguage: 'en',
        },
      ])
      .execute();
    await insertFileEvidence(handle.db, law, new TextEncoder().encode('%PDF-1.4 private upload'), 'upload.pdf');
    // An answer in the open, unpublished 2026 cycle, with a link: it must never appear.
    const assessment = await handle.db
      .selectFrom('assessments as a')
      .innerJoin('cycles as c', 'c.id', 'a.cycleId')
      .where('c.year', '=', 2026)
      .where('a.countryIso3', '=', 'KEN')
      .select('a.id')
      .executeTakeFirstOrThrow();
    const draft = await handle.db
      .insertInto('answers')
      .values({ assessmentId: assessment.id, questionKey: 'legal.cybercrime.substantive_law', value: JSON.stringify('partial') })
      .returning('id')
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('evidence')
      .values({ answerId: draft.id, kind: 'link', title: 'Draft bill 2026', url: 'https://example.org/draft', createdAt: BEFORE_PUBLICATION })
      .execute();
    app = await buildTestApp(handle);
  }, SEED_TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const profileOf = async (iso3: string, year = 2024): Promise<CountryProfile> => {
    const res = await app.inject(`/api/public/cycles/${year}/countries/${iso3}`);
    expect(res.statusCode).toBe(200);
    return CountryProfileSchema.parse(res.json());
  };

  const published = async (year: number, iso3: string) => {
    const row = await handle.db
      .selectFrom('publications as p')
      .innerJoin('cycles as c', 'c.id', 'p.cycleId')
      .where('c.year', '=', year)
      .select('p.content')
      .executeTakeFirstOrThrow();
    return PublicationContentSchema.parse(row.content).countries.find((c) => c.iso3 === iso3)!;
  };

  it('shows the published tier, score and five pillars with their tier and the region average', async () => {
    const profile = await profileOf('KEN');
    const snapshot = await published(2024, 'KEN');
    expect(profile.tier).toBe(snapshot.tier);
    expect(profile.overall).toBe(snapshot.overall);
    expect(profile.pillars.map((p) => p.key)).toEqual(['legal', 'technical', 'organizational', 'capacity_development', 'cooperation']);
    expect(profile.pillars.map((p) => [p.score, p.tier])).toEqual(snapshot.pillars.map((p) => [p.score, p.tier]));
    for (const pillar of profile.pillars) {
      expect(pillar.regionAverage).toBeGreaterThan(0);
      expect(pillar.regionAverage).toBeLessThanOrEqual(pillar.max);
    }
    expect(profile.country.names.en).toBe('Kenya');
  });

  it('traces every point of the overall score down to the answers', async () => {
    const profile = await profileOf('KEN');
    const questions = profile.trace.filter((r) => r.kind === 'question');
    const total = questions.reduce((sum, q) => sum + q.contribution, 0);
    expect(total).toBeCloseTo(profile.overall, 9);
    const pillars = profile.trace.filter((r) => r.depth === 0);
    expect(pillars.map((p) => p.contribution).reduce((a, b) => a + b, 0)).toBeCloseTo(profile.overall, 9);
    for (const q of questions.filter((x) => x.question?.status === 'answered')) {
      expect(q.question?.answer, q.key).not.toBeNull();
      const share = (q.question!.points! / q.question!.maxPoints) * q.effectiveWeight * 100;
      expect(q.contribution, q.key).toBeCloseTo(share, 9);
    }
    // free text is never published
    expect(questions.filter((q) => q.question?.type === 'text').every((q) => q.question?.answer === null)).toBe(true);
  });

  it('lists the actions that reach the next tier, in the order that reaches it', async () => {
    for (const iso3 of ['KEN', 'FRA', 'BRA', 'IND', 'KAZ', 'EGY']) {
      const profile = await profileOf(iso3);
      const distance = profile.distance!;
      if (profile.tier === 1) {
        expect(distance.nextTier).toBeNull();
        continue;
      }
      expect(distance.nextTier).toBe(profile.tier - 1);
      expect(distance.gap).toBeCloseTo(distance.nextTierMin! - profile.overall, 9);
      expect(distance.reachable).toBe(true);
      const last = distance.steps.at(-1)!;
      expect(last.overallAfter).toBeGreaterThanOrEqual(distance.nextTierMin! - 1e-9);
      for (const step of distance.steps) expect(step.title.en.length, step.questionKey).toBeGreaterThan(0);
    }
  });

  it('marks each pillar a strength when at or above the average of its tier (the country included), else an area for growth', async () => {
    const row = await handle.db
      .selectFrom('publications as p')
      .innerJoin('cycles as c', 'c.id', 'p.cycleId')
      .where('c.year', '=', 2024)
      .select('p.content')
      .executeTakeFirstOrThrow();
    const countries = PublicationContentSchema.parse(row.content).countries;
    // the tier averages, summed by hand from the published pillar scores
    const tierMean = (tier: number, key: string) => {
      const scores = countries.filter((c) => c.tier === tier).map((c) => c.pillars.find((p) => p.key === key)!.normalized);
      return scores.reduce((a, b) => a + b, 0) / scores.length;
    };
    const tierOne = countries.filter((c) => c.tier === 1).map((c) => c.iso3);
    expect(tierOne.length).toBeGreaterThan(1);
    let tierOneGrowth = 0;
    for (const iso3 of [...tierOne.slice(0, 4), 'KEN', 'FRA', 'BRA', 'IND']) {
      const profile = await profileOf(iso3);
      expect(profile.peerRule).toEqual({ group: 'tier', margin: 0, includeSelf: true, pillarMax: 20 });
      const own = countries.find((c) => c.iso3 === iso3)!;
      const expected = own.pillars.map((p) => [p.key, p.normalized >= tierMean(own.tier, p.key) - 1e-9 ? 'strength' : 'growth']);
      const shown = [...profile.strengths.map((a) => [a.key, 'strength']), ...profile.growth.map((a) => [a.key, 'growth'])];
      expect(shown.sort(), iso3).toEqual(expected.sort());
      for (const area of [...profile.strengths, ...profile.growth]) expect(area.average, iso3).toBeCloseTo(tierMean(own.tier, area.key), 12);
      if (own.tier === 1) tierOneGrowth += profile.growth.length;
    }
    // no tier is above its own average everywhere: Tier 1 countries have areas for growth too
    expect(tierOneGrowth).toBeGreaterThan(0);
  });

  it('shows the tier of every published cycle', async () => {
    const profile = await profileOf('KEN');
    expect(profile.history.map((h) => [h.year, h.tier])).toEqual([
      [2020, (await published(2020, 'KEN')).tier],
      [2024, (await published(2024, 'KEN')).tier],
    ]);
  });

  it('gives the overall and pillar scores of every published cycle (the open 2026 cycle is not among them)', async () => {
    const profile = await profileOf('KEN');
    expect(profile.history.map((h) => h.year)).not.toContain(2026);
    for (const entry of profile.history) {
      const own = await published(entry.year, 'KEN');
      expect(entry.overall, String(entry.year)).toBe(own.overall);
      expect(entry.pillars.map((p) => [p.key, p.score, p.max])).toEqual(own.pillars.map((p) => [p.key, p.score, p.max]));
      for (const pillar of entry.pillars) expect(pillar.name.en).toBeTruthy();
    }
  });

  it('publishes consented, confirmed evidence links of the published cycle only: no files, nothing added later, nothing from an open cycle', async () => {
    const profile = await profileOf('KEN');
    const ours = profile.evidence.filter((e) => e.questionKey === 'legal.cybercrime.substantive_law' && !e.url.includes('/demo/'));
    expect(ours).toEqual([
      { questionKey: 'legal.cybercrime.substantive_law', title: 'Computer Misuse and Cybercrimes Act', url: 'https://example.org/ken-act' },
    ]);
    // every link shown (the seed's too) was consented to and confirmed
    const shown = await handle.db
      .selectFrom('evidence')
      .where(
        'url',
        'in',
        profile.evidence.map((e) => e.url),
      )
      .select(['shareConsent', 'shareConfirmedAt'])
      .execute();
    expect(shown).toHaveLength(profile.evidence.length);
    expect(shown.every((e) => e.shareConsent && e.shareConfirmedAt !== null)).toBe(true);
    // the 2020 cycle has no link of this test, only the seed's shared ones
    for (const e of (await profileOf('KEN', 2020)).evidence) expect(e.url).toContain('/demo/2020/');
    for (const year of [2020, 2024]) {
      for (const route of ['results', 'countries/KEN', 'methodology', 'gaps', 'stability', 'downloads/results.json', 'downloads/bundle.json']) {
        const body = (await app.inject(`/api/public/cycles/${year}/${route}`)).body;
        expect(body, route).not.toContain('Draft bill 2026');
        expect(body, route).not.toContain('Unconsented link');
        expect(body, route).not.toContain('Unconfirmed link');
        expect(body, route).not.toContain('upload.pdf');
        expect(body, route).not.toContain('private upload');
      }
    }
  });

  it('gives the stability of the country’s tier under the default settings: pillar weights, normal with a 13 % SD, 4,000 draws', async () => {
    const profile = await profileOf('FRA');
    expect(profile.stability?.draws).toBe(4000);
    expect([profile.stability?.vary, profile.stability?.distribution]).toEqual(['pillars', { kind: 'normal', sd: 0.13 }]);
    expect(profile.stability?.probability).toBeGreaterThan(0);
    expect(profile.stability?.probability).toBeLessThanOrEqual(1);
  });
});

describe('public profile when answers change after publication', { timeout: SLOW_TEST_MS }, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createDemoTestDb();
  }, SEED_TIMEOUT_MS);
  afterAll(() => handle?.close());

  async function kenAnswer(questionKey: string) {
    return handle.db
      .selectFrom('answers as ans')
      .innerJoin('assessments as a', 'a.id', 'ans.assessmentId')
      .innerJoin('cycles as c', 'c.id', 'a.cycleId')
      .where('c.year', '=', 2024)
      .where('a.countryIso3', '=', 'KEN')
      .where('ans.questionKey', '=', questionKey)
      .select(['ans.id', 'ans.assessmentId', 'ans.value', 'ans.version'])
      .executeTakeFirstOrThrow();
  }

  it('recovers the published answers from their history after a later correction', async () => {
    const answer = await kenAnswer('legal.cybercrime.substantive_law');
    const corrected = answer.value === 'absent' ? 'in_place' : 'absent';
    await handle.db
      .updateTable('answers')
      .set({ value: JSON.stringify(corrected), version: answer.version + 1 })
      .where('id', '=', answer.id)
      .execute();
    await handle.db
      .insertInto('answerHistory')
      .values({
        answerId: answer.id,
        assessmentId: answer.assessmentId,
        questionKey: 'legal.cybercrime.substantive_law',
        version: answer.version + 1,
        before: JSON.stringify(answer.value),
        after: JSON.stringify(corrected),
        kind: 'correction',
        changedAt: new Date('2026-02-01T00:00:00Z'),
      })
      .execute();
    const app = await buildTestApp(handle);
    try {
      const profile = CountryProfileSchema.parse((await app.inject('/api/public/cycles/2024/countries/KEN')).json());
      expect(profile.distance).not.toBeNull();
      const traced = profile.trace.find((r) => r.key === 'legal.cybercrime.substantive_law');
      expect(traced?.question?.answer?.value).toBe(answer.value);
      expect((await app.inject('/api/public/cycles/2024/downloads/bundle.json')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('refuses the bundle and leaves out the distance when nothing reproduces the publication', async () => {
    const answer = await kenAnswer('legal.cybercrime.procedural_law');
    const changed = answer.value === 'absent' ? 'in_place' : 'absent';
    // inconsistent data (a back-dated history entry): neither the answers nor their history give the published figures
    await handle.db
      .updateTable('answers')
      .set({ value: JSON.stringify(changed), version: answer.version + 1 })
      .where('id', '=', answer.id)
      .execute();
    await handle.db
      .insertInto('answerHistory')
      .values({
        answerId: answer.id,
        assessmentId: answer.assessmentId,
        questionKey: 'legal.cybercrime.procedural_law',
        version: answer.version + 1,
        before: JSON.stringify(answer.value),
        after: JSON.stringify(changed),
        kind: 'edit',
        changedAt: new Date('2025-12-31T00:00:00Z'),
      })
      .execute();
    const app = await buildTestApp(handle);
    try {
      const bundle = await app.inject('/api/public/cycles/2024/downloads/bundle.json');
      expect(bundle.statusCode).toBe(409);
      expect(bundle.json().message).toContain('KEN');
      const profile = CountryProfileSchema.parse((await app.inject('/api/public/cycles/2024/countries/KEN')).json());
      expect(profile.distance).toBeNull();
      expect(profile.trace.every((r) => r.question === null || r.question.answer === null)).toBe(true);
      // the published figures themselves never change
      expect(profile.overall).toBe(
        (await app.inject('/api/public/cycles/2024/results')).json().countries.find((c: { iso3: string }) => c.iso3 === 'KEN').overall,
      );
    } finally {
      await app.close();
    }
  });
});
