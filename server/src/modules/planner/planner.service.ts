import {
  actionOrder,
  checkAssistanceMove,
  groupsOfKinds,
  REGIONS,
  type ActionPlan,
  type AssistanceRequest,
  type AssistanceStatus,
  type Demand,
  type IndicatorGap,
  type LocalizedString,
  type PracticeItem,
  type Region,
} from '@gci/shared';
import type { Db, Executor } from '../../db/database.ts';
import { PUBLIC_ROWS, runWithRowScope } from '../../db/row-scope.ts';
import { AppError, conflict, forbidden, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { countryTeam } from '../assessments/recipients.repository.ts';
import { canSee } from '../assessments/scope.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import type { Notifier } from '../notifications/notify.ts';
import type { PracticeService } from '../practice/practice.service.ts';
import { findPublicationParts } from '../public/public.repository.ts';
import { titlesOf } from '../public/trace.ts';
import { findAnswersOf } from '../review/review.repository.ts';
import {
  countOpenRequests,
  deletePeerOffer,
  findCountry,
  findLatestPublication,
  findLatestPublishedAssessment,
  insertComment,
  insertPeerOffer,
  insertRequest,
  listCommentRows,
  listPeerOfferRows,
  listProgrammeRows,
  listRequestRows,
  requestHandlers,
  updateRequestStatus,
  type RequestRow,
} from './planner.repository.ts';
import { programmesFor, toRequest } from './planner-mappers.ts';
import { publishedIndicatorTitles } from './published-indicators.ts';

interface Deps {
  db: Db;
  now: () => Date;
  methodologyOf: MethodologyOf;
  notifier: Notifier;
  practice: PracticeService;
}

/** The country if the caller may see it (a focal point: their own); 404 otherwise, never a hint that it exists. */
async function scopedCountry(db: Executor, auth: ResolvedSession, iso3: string) {
  const country = await findCountry(db, iso3);
  if (!country || !canSee(auth, iso3)) throw notFound('Country');
  return { iso3, region: country.region as Region, names: country.names as LocalizedString };
}

export function createPlannerService({ db, now, methodologyOf, notifier, practice }: Deps) {
  /** The country's gaps in its latest published cycle, ordered (see actionOrder), with the cycle's year. */
  async function gapsOf(iso3: string) {
    const latest = await findLatestPublishedAssessment(db, iso3);
    if (!latest) return null;
    const methodology = await methodologyOf(latest.methodologyVersionId);
    const answers = (await findAnswersOf(db, [latest.assessmentId])).get(latest.assessmentId) ?? {};
    return { year: latest.year, methodology, order: actionOrder(methodology, answers) };
  }

  async function withComments(rows: readonly RequestRow[], trx: Executor = db): Promise<AssistanceRequest[]> {
    const comments = await listCommentRows(
      trx,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toRequest(r, comments));
  }

  /** The country's focal points and the staff who handle requests, told what became of one (all but whoever did it). */
  async function notifyAbout(trx: Executor, actorId: string, request: RequestRow, status: AssistanceStatus, comment: string | null) {
    const iso3 = request.countryIso3.trim();
    const country = (await findCountry(trx, iso3))!;
    const recipients = [...(await countryTeam(trx, iso3)), ...(await requestHandlers(trx))].filter((r) => r.id !== actorId);
    await notifier.notify(
      trx,
      recipients,
      {
        kind: 'assistance_update',
        params: { country: country.names as LocalizedString, indicator: request.indicatorKey, status, comment, link: `/planner/${iso3}` },
      },
      now(),
    );
  }

  const audit = (trx: Executor, auth: ResolvedSession, action: string, request: RequestRow, before: unknown, after: unknown, ip: string) =>
    recordAudit(
      trx,
      { actor: auth.user, action, entityType: 'assistance_request', entityId: request.id, country: request.countryIso3.trim(), before, after, ip },
      now(),
    );

  /** Published practice of the region's countries that meet each indicator (the public library's rule). */
  async function examplesOf(year: number, iso3: string, indicators: string[]): Promise<Map<string, PracticeItem[]>> {
    if (!indicators.length) return new Map();
    const { examples } = await runWithRowScope(PUBLIC_ROWS, () => practice.examples({ year, iso3, indicators }));
    return new Map(examples.map((e) => [e.indicatorKey, e.items]));
  }

  return {
    async actionPlan(auth: ResolvedSession, iso3: string): Promise<ActionPlan> {
      const country = await scopedCountry(db, auth, iso3);
      const gaps = await gapsOf(iso3);
      if (!gaps) return { iso3, region: country.region, year: null, tier: null, nextTier: null, gaps: [], met: [] };
      const keys = gaps.order.items.map((i) => i.indicatorKey);
      const [programmes, offers, open, examples] = await Promise.all([
        listProgrammeRows(db),
        listPeerOfferRows(db, { indicators: keys }),
        listRequestRows(db, { iso3, openOnly: true }),
        examplesOf(gaps.year, iso3, keys),
      ]);
      const titles = titlesOf(gaps.methodology);
      return {
        iso3,
        region: country.region,
        year: gaps.year,
        tier: gaps.order.tier,
        nextTier: gaps.order.nextTier,
        gaps: gaps.order.items.map((item) => {
          const request = open.find((r) => r.indicatorKey === item.indicatorKey);
          const peers = offers
            .filter((o) => o.indicatorKey === item.indicatorKey && o.countryIso3.trim() !== iso3)
            .map((o) => ({ iso3: o.countryIso3.trim(), names: o.names as LocalizedString, region: o.region as Region }))
            .sort((a, b) => Number(b.region === country.region) - Number(a.region === country.region) || a.iso3.localeCompare(b.iso3));
          return {
            ...item,
            title: titles.get(item.indicatorKey) ?? { en: item.indicatorKey },
            programmes: programmesFor(programmes, item.indicatorKey, country.region),
            examples: examples.get(item.indicatorKey) ?? [],
            peers,
            request: request ? { id: request.id, status: request.status } : null,
          };
        }),
        met: gaps.order.met.map((indicatorKey) => ({ indicatorKey, title: titles.get(indicatorKey) ?? { en: indicatorKey } })),
      };
    },

    async countryRequests(auth: ResolvedSession, iso3: string): Promise<{ requests: AssistanceRequest[] }> {
      await scopedCountry(db, auth, iso3);
      return { requests: await withComments(await listRequestRows(db, { iso3 })) };
    },

    async allRequests(): Promise<{ requests: AssistanceRequest[] }> {
      return { requests: await withComments(await listRequestRows(db, {})) };
    },

    async request(auth: ResolvedSession, iso3: string, body: { indicatorKey: string; note: string }, ip: string): Promise<AssistanceRequest> {
      await scopedCountry(db, auth, iso3);
      const gaps = await gapsOf(iso3);
      const known = gaps ? groupsOfKinds(gaps.methodology, ['indicator']).some((g) => g.key === body.indicatorKey) : false;
      if (!known) throw new AppError(422, 'validation_failed', 'No such indicator in the country’s latest published cycle', { field: 'body.indicatorKey' });
      return db.transaction().execute(async (trx) => {
        if ((await listRequestRows(trx, { iso3, openOnly: true })).some((r) => r.indicatorKey === body.indicatorKey)) {
          throw conflict('An open request for this indicator exists');
        }
        const at = now();
        const row = await insertRequest(trx, {
          countryIso3: iso3,
          indicatorKey: body.indicatorKey,
          note: body.note,
          requestedBy: auth.user.id,
          createdAt: at,
          updatedAt: at,
        });
        await notifyAbout(trx, auth.user.id, row, 'requested', body.note || null);
        const after = toRequest(row, []);
        await audit(trx, auth, 'assistance.requested', row, null, after, ip);
        return after;
      });
    },

    async move(auth: ResolvedSession, id: string, body: { to: AssistanceStatus; comment?: string }, ip: string): Promise<AssistanceRequest> {
      return db.transaction().execute(async (trx) => {
        const [row] = await listRequestRows(trx, { id, forUpdate: true });
        if (!row || !canSee(auth, row.countryIso3.trim())) throw notFound('Request');
        const move = checkAssistanceMove(auth.user.role, row.status, body.to);
        if (!move.ok) {
          if (move.reason === 'forbidden') throw forbidden('Only the staff who handle requests may move it so');
          throw new AppError(409, 'illegal_transition', `A request ${row.status} cannot become ${body.to}`, {
            field: 'body.to',
            details: { from: row.status, to: body.to },
          });
        }
        const updated = await updateRequestStatus(trx, id, body.to, now());
        const comment = body.comment?.trim() || null;
        if (comment) await insertComment(trx, { requestId: id, countryIso3: row.countryIso3, authorId: auth.user.id, body: comment, createdAt: now() });
        await notifyAbout(trx, auth.user.id, updated, body.to, comment);
        await audit(trx, auth, 'assistance.moved', updated, { status: row.status }, { status: body.to, comment }, ip);
        return (await withComments([updated], trx))[0]!;
      });
    },

    async comment(auth: ResolvedSession, id: string, body: string, ip: string): Promise<AssistanceRequest> {
      return db.transaction().execute(async (trx) => {
        const [row] = await listRequestRows(trx, { id, forUpdate: true });
        if (!row || !canSee(auth, row.countryIso3.trim())) throw notFound('Request');
        await insertComment(trx, { requestId: id, countryIso3: row.countryIso3, authorId: auth.user.id, body, createdAt: now() });
        await notifyAbout(trx, auth.user.id, row, row.status, body);
        await audit(trx, auth, 'assistance.commented', row, null, { body }, ip);
        return (await withComments([row], trx))[0]!;
      });
    },

    async peerOffers(auth: ResolvedSession, iso3: string): Promise<{ indicators: string[] }> {
      await scopedCountry(db, auth, iso3);
      return { indicators: (await listPeerOfferRows(db, { iso3 })).map((o) => o.indicatorKey) };
    },

    /** A focal point offers (or withdraws) their country as a peer for an indicator it meets in its latest published cycle. */
    async setPeerOffer(auth: ResolvedSession, iso3: string, indicatorKey: string, offered: boolean, ip: string): Promise<{ indicators: string[] }> {
      await scopedCountry(db, auth, iso3);
      if (offered) {
        const gaps = await gapsOf(iso3);
        if (!gaps?.order.met.includes(indicatorKey)) throw conflict('The country does not meet this indicator in its latest published cycle');
      }
      await db.transaction().execute(async (trx) => {
        if (offered) await insertPeerOffer(trx, { countryIso3: iso3, indicatorKey, offeredBy: auth.user.id, createdAt: now() });
        else await deletePeerOffer(trx, iso3, indicatorKey);
        await recordAudit(
          trx,
          {
            actor: auth.user,
            action: offered ? 'peer.offered' : 'peer.withdrawn',
            entityType: 'peer_offer',
            entityId: null,
            country: iso3,
            after: { indicatorKey },
            ip,
          },
          now(),
        );
      });
      return this.peerOffers(auth, iso3);
    },

    /** Open requests and countries not meeting each indicator (latest publication), per region. */
    async demand(): Promise<Demand> {
      const publication = await findLatestPublication(db);
      const parts = publication ? await findPublicationParts(db, publication.publicationId) : undefined;
      const gaps = (parts?.gaps ?? []) as IndicatorGap[];
      const requests = await countOpenRequests(db);
      const indicators = [...new Set([...gaps.map((g) => g.key), ...requests.map((r) => r.indicatorKey)])];
      // looked up by key, not searched per cell (indicators × regions cells)
      const requestCount = new Map(requests.map((r) => [`${r.indicatorKey}\u0000${r.region}`, Number(r.count)]));
      const gapOf = new Map(gaps.map((g) => [g.key, g]));
      const cells = indicators.flatMap((indicatorKey) =>
        REGIONS.map((region) => ({
          indicatorKey,
          region,
          requests: requestCount.get(`${indicatorKey}\u0000${region}`) ?? 0,
          unmet: gapOf.get(indicatorKey)?.byRegion[region]?.notMeeting ?? 0,
        })),
      );
      // titles of every published indicator: the requests below the heatmap may name older ones
      const titles = Object.fromEntries(await publishedIndicatorTitles(db, methodologyOf));
      return { year: publication?.year ?? null, indicators, titles, regions: [...REGIONS], cells };
    },
  };
}
export type PlannerService = ReturnType<typeof createPlannerService>;
