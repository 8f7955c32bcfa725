import {
  CycleResultsSchema,
  CountryProfileSchema,
  GapAnalysisSchema,
  OpenDataSchema,
  PublicMethodologySchema,
  StabilitySummarySchema,
  type Country,
  type IndicatorGap,
  type Locale,
  type LocalizedString,
  type AssessmentScore,
  type Region,
  type StabilityResult,
  stabilitySettingsOf,
} from '@gci/shared';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { conflict, notFound } from '../../errors.ts';
import { CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE } from '../../lib/spreadsheet.ts';
import { buildCountryProfile } from './country-profile.ts';
import { stabilityOverThreads } from './stability-threads.ts';
import { buildGapAnalysis, stabilityMethodOf, summariseStability } from './cycle-analysis.ts';
import { etagOf, jsonBody, type CachedBody } from './http-cache.ts';
import { buildMethodologyPage } from './methodology-page.ts';
import { buildOpenData, resultsFile, resultsFileName } from './open-data.ts';
import { createCurrentPublications, memo, type CurrentPublications } from './public-cache.ts';
import * as repo from './public.repository.ts';
import type { PublicationRow } from './public.repository.ts';
import { buildPublicationView, toPublishedCycle, type PublicationView, type StoredParts } from './publication-view.ts';
import { loadPublishedAnswers, type PublishedAnswers } from './published-answers.ts';
import { buildBundle } from './reproducibility.ts';
import { runSnapshotJob } from './snapshot-runner.ts';
import { titlesOf } from './trace.ts';

export interface PublicResultsOptions {
  db: Db;
  /** how long the list of current publications is trusted before it is re-read (default 2 s) */
  publicationsTtlMs?: number;
}

/** Checks a response against its shared schema once, when it is built, then serialises it once. */
const serialise = <S extends z.ZodType>(schema: S, value: z.input<S>, etag: string, fileName?: string): CachedBody =>
  jsonBody(schema.parse(value), etag, fileName);

/**
 * Public results come only from publications (immutable snapshots), so nothing unpublished can leak.
 * A publication is read from its stored parts (kilobytes: no traces; gaps, strengths and tier
 * stability computed at publication) and each country's trace when its profile is built.
 * Everything derived from a publication (profiles, gaps, stability, downloads) is built once per
 * publication and kept in memory as ready-to-send bytes; a request costs a map lookup. Anything
 * heavy that a publication made before its parts were stored still needs (deriving them from its
 * whole content, its stability draws) runs once in a worker thread, and is stored.
 */
export function createPublicResultsService({ db, publicationsTtlMs = 2000 }: PublicResultsOptions) {
  const current = createCurrentPublications(db, publicationsTtlMs);
  const views = new Map<string, Promise<PublicationView>>();
  const answers = new Map<string, Promise<PublishedAnswers>>();
  const stability = new Map<string, Promise<StabilityResult>>();
  // Bytes depend on the set of current publications (history, previous edition): reset when it changes.
  let bodies = { version: '', map: new Map<string, Promise<CachedBody>>() };

  const countries = async (): Promise<Country[]> =>
    (await repo.listCountries(db)).map((c) => ({
      iso3: c.iso3,
      iso2: c.iso2,
      numeric: c.numeric,
      region: c.region as Region,
      names: c.names as LocalizedString,
    }));

  /** The stored parts of a publication; derived from its whole content (in a worker) and stored, the first time, for one made before parts were stored. */
  async function partsOf(row: PublicationRow): Promise<StoredParts> {
    const parts = await repo.findPublicationParts(db, row.publicationId);
    if (parts) return parts;
    const contentText = await repo.findPublicationContentText(db, row.publicationId);
    if (contentText === undefined) throw notFound(`Results of ${row.year}`);
    const derived = await runSnapshotJob({ kind: 'derive', contentText });
    await repo.insertPublicationParts(db, row.publicationId, derived);
    return { summary: JSON.parse(derived.summary), gaps: JSON.parse(derived.gaps), peers: JSON.parse(derived.peers) };
  }
  const viewOf = (row: PublicationRow) =>
    memo(views, row.publicationId, async () => {
      const [parts, records] = await Promise.all([partsOf(row), countries()]);
      return buildPublicationView(row, parts, records);
    });
  const answersOf = (view: PublicationView) => memo(answers, view.publicationId, () => loadPublishedAnswers(db, view));
  /** The publication's tier stability: stored with it, or computed once in a worker and stored (publications made before it was stored). */
  const stabilityOf = (view: PublicationView) =>
    memo(stability, view.publicationId, async (): Promise<StabilityResult> => {
      const stored = await repo.findPublicationStability(db, view.publicationId);
      if (stored) return stored.result as StabilityResult;
      const verified = await answersOf(view);
      // draws spread over worker threads, with the result of one thread
      const result = JSON.stringify(await stabilityOverThreads(view.methodology, Object.fromEntries(verified.byCountry)));
      await repo.insertPublicationStability(db, view.publicationId, { options: stabilitySettingsOf(view.methodology), result });
      return JSON.parse(result) as StabilityResult;
    });
  const traceOf = async (view: PublicationView, iso3: string): Promise<AssessmentScore> => {
    const score = await repo.findPublicationTrace(db, view.publicationId, iso3);
    if (score === undefined) throw new Error(`publication ${view.publicationId} has no trace for ${iso3}`);
    return score as AssessmentScore;
  };

  /** The cached bytes for `key` under the current publications, built on first use. */
  async function cached(key: string, build: (cur: CurrentPublications) => Promise<CachedBody>): Promise<CachedBody> {
    const cur = await current();
    // profiles list shared evidence links, which change without a new publication
    if (bodies.version !== cur.contentVersion) bodies = { version: cur.contentVersion, map: new Map() };
    return memo(bodies.map, key, () => build(cur));
  }

  async function published(cur: CurrentPublications, year: number): Promise<PublicationView> {
    const row = cur.byYear.get(year);
    if (!row) throw notFound(`Published results of cycle ${year}`);
    return viewOf(row);
  }

  async function profile(cur: CurrentPublications, year: number, iso3: string, route: string): Promise<CachedBody> {
    const view = await published(cur, year);
    if (!view.byIso.has(iso3)) throw notFound(`Country ${iso3} in the published results of ${year}`);
    const [score, verified, stab, links, history] = await Promise.all([
      traceOf(view, iso3),
      answersOf(view),
      stabilityOf(view),
      repo.listEvidenceLinks(db, view.cycleId, iso3, view.publishedAt),
      Promise.all([...cur.rows].sort((a, b) => a.year - b.year).map(viewOf)),
    ]);
    const order = new Map([...titlesOf(view.methodology).keys()].map((k, i) => [k, i]));
    const value = buildCountryProfile({
      view,
      iso3,
      score,
      answers: verified.byCountry.get(iso3),
      peers: view.peers.get(iso3),
      stability: { country: stab.countries.find((c) => c.country === iso3), draws: stab.draws, ...stabilityMethodOf(stab) },
      evidence: links
        .map((l) => ({ questionKey: l.questionKey, title: l.title, url: l.url ?? '' }))
        .sort((a, b) => (order.get(a.questionKey) ?? 0) - (order.get(b.questionKey) ?? 0)),
      history: history.flatMap((v) => {
        const c = v.byIso.get(iso3);
        if (!c) return [];
        const pillars = c.pillars.map((p) => ({ key: p.key, name: v.pillarNames.get(p.key) ?? { en: p.key }, score: p.score, max: p.max }));
        return [
          { year: v.cycle.year, cycleName: v.cycle.name, methodologyKey: v.methodology.key, tier: c.tier, isDemo: v.cycle.isDemo, overall: c.overall, pillars },
        ];
      }),
    });
    // the links are not in the publication: the ETag covers them too
    return serialise(CountryProfileSchema, value, etagOf([...cur.hashes, JSON.stringify(value.evidence)], route));
  }

  return {
    /** The gap analysis of a published cycle, from the cached view of its current publication (404 when unpublished). */
    indicatorGaps: async (year: number): Promise<IndicatorGap[]> => (await published(await current(), year)).gaps,

    /** Published cycles, newest first. */
    cycles: (route: string) => cached(route, (cur) => Promise.resolve(jsonBody({ cycles: cur.rows.map(toPublishedCycle) }, etagOf(cur.hashes, route)))),

    results: (year: number, route: string) =>
      cached(route, async (cur) => {
        const view = await published(cur, year);
        return serialise(CycleResultsSchema, view.results, etagOf([view.contentHash], route));
      }),

    profile: (year: number, iso3: string, route: string) => cached(route, (cur) => profile(cur, year, iso3, route)),

    methodology: (year: number, route: string) =>
      cached(route, async (cur) => {
        const view = await published(cur, year);
        const before = cur.rows.filter((r) => r.year < year).sort((a, b) => b.year - a.year)[0];
        const [previous, stab] = await Promise.all([before ? viewOf(before) : undefined, stabilityOf(view)]);
        return serialise(PublicMethodologySchema, buildMethodologyPage(view, previous, summariseStability(stab)), etagOf(cur.hashes, route));
      }),

    stability: (year: number, route: string) =>
      cached(route, async (cur) => {
        const view = await published(cur, year);
        return serialise(StabilitySummarySchema, summariseStability(await stabilityOf(view)), etagOf([view.contentHash], route));
      }),

    gaps: (year: number, route: string) =>
      cached(route, async (cur) => {
        const view = await published(cur, year);
        return serialise(GapAnalysisSchema, buildGapAnalysis(view), etagOf([view.contentHash], route));
      }),

    openData: (year: number, lang: Locale, format: 'json' | 'csv' | 'xlsx', route: string) =>
      cached(`${route}?lang=${lang}`, async (cur) => {
        const view = await published(cur, year);
        const data = OpenDataSchema.parse(buildOpenData(view, lang));
        const etag = etagOf([view.contentHash], route, `lang=${lang}`);
        const fileName = resultsFileName(data, format);
        if (format === 'json') return jsonBody(data, etag, fileName);
        const body = await resultsFile(data, format, view.publishedAt);
        return { body, etag, contentType: format === 'csv' ? CSV_MEDIA_TYPE : XLSX_MEDIA_TYPE, fileName };
      }),

    bundle: (year: number, route: string) =>
      cached(route, async (cur) => {
        const view = await published(cur, year);
        const verified = await answersOf(view);
        if (verified.unverified.length > 0) {
          throw conflict(`The stored answers of ${verified.unverified.join(', ')} no longer reproduce the ${year} publication`);
        }
        return jsonBody(buildBundle(view, verified), etagOf([view.contentHash], route), `gci-${year}-reproducibility-bundle.json`);
      }),
  };
}
export type PublicResultsService = ReturnType<typeof createPublicResultsService>;
