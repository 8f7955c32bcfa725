import {
  practicePlaceOf,
  type EvidenceSharing,
  type LocalizedString,
  type PracticeExamples,
  type PracticeItem,
  type PracticePage,
  type Region,
} from '@gci/shared';
import type { z } from 'zod';
import type { EvidenceSharingBodySchema } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { conflict, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { toEvidenceSharing } from '../assessments/mappers.ts';
import { loadScopedAssessment } from '../assessments/scope.ts';
import { findBlob } from '../evidence/evidence.repository.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import { noteSharingChanged } from '../public/public-cache.ts';
import { createPublicResultsService, type PublicResultsService } from '../public/public-results.service.ts';
import {
  findCountryRegion,
  findEvidenceForSharing,
  findPublishedFile,
  searchExamples,
  searchPublished,
  updateConfirmation,
  updateSharing,
  type PublishedRow,
} from './practice.repository.ts';

type SharingBody = z.output<typeof EvidenceSharingBodySchema>;
type SearchQuery = {
  q?: string;
  pillar?: string;
  indicator?: string;
  region?: Region;
  country?: string;
  type?: PracticeItem['type'];
  language?: string;
  year?: number;
  order: 'relevance' | 'date';
  limit: number;
  offset: number;
};

/** How many examples the profile shows per area for growth. */
const EXAMPLES_PER_INDICATOR = 5;

const toPracticeItem = (r: PublishedRow): PracticeItem => ({
  id: r.id,
  title: r.title,
  url: r.kind === 'link' ? r.url : null,
  hasFile: r.kind === 'file' && r.shareFile,
  fileName: r.kind === 'file' && r.shareFile ? r.fileName : null,
  // publishedItems() keeps only rows with a type and a language
  type: r.practiceType!,
  language: r.practiceLanguage!,
  date: r.practiceDate,
  iso3: r.countryIso3,
  countryNames: r.countryNames as LocalizedString,
  region: r.region as Region,
  year: r.year,
  pillarKey: r.pillarKey,
  indicatorKey: r.indicatorKey,
});

/** Where the practice library reads a published cycle's gap analysis: the public results' cached view. */
type GapSource = Pick<PublicResultsService, 'indicatorGaps'>;

export function createPracticeService({
  db,
  now,
  methodologyOf,
  publicResults = createPublicResultsService({ db }),
}: {
  db: Db;
  now: () => Date;
  methodologyOf: MethodologyOf;
  publicResults?: GapSource;
}) {
  /** The item if the caller may see its assessment (a focal point: their own country's), locked; 404 otherwise. */
  async function scopedItem(trx: Db, auth: ResolvedSession, evidenceId: string) {
    const item = await findEvidenceForSharing(trx, evidenceId, { forUpdate: true });
    if (!item) throw notFound('Evidence');
    await loadScopedAssessment(trx, auth, item.assessmentId).catch(() => {
      throw notFound('Evidence');
    });
    return item;
  }

  const audit = (trx: Db, auth: ResolvedSession, action: string, evidenceId: string, country: string, before: unknown, after: unknown, ip: string | null) =>
    recordAudit(trx, { actor: auth.user, action, entityType: 'evidence', entityId: evidenceId, country, before, after, ip }, now());

  return {
    /** A focal point's choice for an item of their country; any change clears a confirmation. */
    async setSharing(auth: ResolvedSession, evidenceId: string, body: SharingBody, ip: string | null = null): Promise<EvidenceSharing> {
      const result = await db.transaction().execute(async (trx) => {
        const item = await scopedItem(trx, auth, evidenceId);
        const row = await updateSharing(trx, evidenceId, {
          shareConsent: body.mayPublish,
          shareFile: body.mayPublish && body.allowFile && item.kind === 'file',
          practiceType: body.type,
          practiceLanguage: body.language,
          practiceDate: body.date,
        });
        const after = toEvidenceSharing(row);
        await audit(trx, auth, 'evidence.sharing_set', evidenceId, item.countryIso3, toEvidenceSharing(item), after, ip);
        return after;
      });
      noteSharingChanged();
      return result;
    },

    /** A reviewer confirms (or clears) an item the focal point allowed to publish; its place in the methodology is fixed now. */
    async confirm(auth: ResolvedSession, evidenceId: string, confirmed: boolean, ip: string | null = null): Promise<EvidenceSharing> {
      const result = await db.transaction().execute(async (trx) => {
        const item = await scopedItem(trx, auth, evidenceId);
        if (confirmed && !item.shareConsent) throw conflict('The focal point has not allowed this item to be published');
        const place = confirmed ? practicePlaceOf(await methodologyOf(item.methodologyVersionId, trx), item.questionKey) : null;
        const row = await updateConfirmation(
          trx,
          evidenceId,
          confirmed ? { at: now(), by: auth.user.id, pillarKey: place?.pillarKey ?? null, indicatorKey: place?.indicatorKey ?? null } : null,
        );
        const after = toEvidenceSharing(row);
        await audit(
          trx,
          auth,
          confirmed ? 'evidence.sharing_confirmed' : 'evidence.sharing_cleared',
          evidenceId,
          item.countryIso3,
          toEvidenceSharing(item),
          after,
          ip,
        );
        return after;
      });
      noteSharingChanged();
      return result;
    },

    async search(query: SearchQuery): Promise<PracticePage> {
      const rows = await searchPublished(db, { ...query, words: query.q }, query);
      return { total: Number(rows[0]?.total ?? 0), items: rows.map(toPracticeItem) };
    },

    /**
     * For each indicator: published practice of that cycle from the other countries of the
     * country's region that meet it (not among those the cycle's gap analysis lists as missing it).
     */
    async examples(query: { year: number; iso3: string; indicators: string[] }): Promise<PracticeExamples> {
      const region = await findCountryRegion(db, query.iso3);
      if (!region) throw notFound(`Published results of ${query.iso3} in ${query.year}`);
      // 404 when the cycle is not published; an indicator without a gap analysis (nobody known to meet it) gets no examples rather than wrong ones
      const gaps = new Map((await publicResults.indicatorGaps(query.year)).map((g) => [g.key, g]));
      const wanted = query.indicators
        .filter((key) => gaps.has(key))
        .map((indicator) => ({ indicator, countriesNotIn: gaps.get(indicator)?.byRegion[region]?.countries ?? [] }));
      const rows = await searchExamples(db, { region, excludeCountry: query.iso3, year: query.year, indicators: wanted }, EXAMPLES_PER_INDICATOR);
      const items = (indicatorKey: string) => rows.filter((r) => r.indicatorKey === indicatorKey).map(toPracticeItem);
      return { examples: query.indicators.map((indicatorKey) => ({ indicatorKey, items: items(indicatorKey) })) };
    },

    /** The document of a published item whose file was allowed; 404 for anything else. */
    async file(evidenceId: string): Promise<{ fileName: string; mediaType: string; content: Uint8Array }> {
      const row = await findPublishedFile(db, evidenceId);
      if (!row?.sha256) throw notFound('Document');
      return { fileName: row.fileName ?? 'document', mediaType: row.mediaType ?? 'application/octet-stream', content: await findBlob(db, row.sha256) };
    },
  };
}
export type PracticeService = ReturnType<typeof createPracticeService>;
