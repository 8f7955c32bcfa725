import {
  ASSESSMENT_STATUSES,
  checkCycleAction,
  PUBLISHABLE_STATUSES,
  type Answers,
  type CountryAnswers,
  type LocalizedString,
  type PublicationReceipt,
  type PublishCycleBody,
  type Region,
  stabilitySettingsOf,
} from '@gci/shared';
import type { Db, Executor } from '../../db/database.ts';
import { letRequestsIn } from '../../db/let-requests-in.ts';
import { AppError, badRequest, conflict } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { listPendingAssessments, setCycleStatus } from '../cycles/cycles.repository.ts';
import { illegalCycleStep, requireCycle } from '../cycles/cycles.service.ts';
import { toPending } from '../cycles/cycle-view.ts';
import { findMethodologyVersion, loadMethodology } from '../methodology/methodology.repository.ts';
import type { Notifier } from '../notifications/notify.ts';
import { notePublished } from '../public/public-cache.ts';
import { runSnapshotJob } from '../public/snapshot-runner.ts';
import { insertPublicationParts } from '../public/public.repository.ts';
import { findCurrentPublication, findCycleTeams, insertPublication, listAnswersOf, listCycleCountries } from './publication.repository.ts';

/**
 * Countries whose answers are read per statement, with a turn of the event loop between reads: the
 * embedded database answers in the same thread, and a chain of its answers would hold requests back.
 */
const COUNTRIES_PER_READ = 8;

async function loadCountryAnswers(db: Executor, cycleId: string, leaveOut: ReadonlySet<string>): Promise<CountryAnswers[]> {
  const countries = (await listCycleCountries(db, cycleId)).filter((c) => !leaveOut.has(c.iso3));
  const byCountry = new Map<string, CountryAnswers>(countries.map((c) => [c.iso3, { iso3: c.iso3, region: c.region as Region, answers: {} }]));
  for (let i = 0; i < countries.length; i += COUNTRIES_PER_READ) {
    const codes = countries.slice(i, i + COUNTRIES_PER_READ).map((c) => c.iso3);
    for (const row of await listAnswersOf(db, cycleId, codes)) byCountry.get(row.iso3)!.answers[row.questionKey] = row.value as Answers[string];
    await letRequestsIn();
  }
  return [...byCountry.values()];
}

/**
 * Recomputes every country's result of a cycle with the shared engine (never trusting numbers
 * from a browser) and stores an immutable snapshot; countries in `leaveOut` are absent from it. A
 * second publication supersedes the first; both stay readable. Also used by the seed, inside its
 * transaction. The rules of when a cycle may be published are the service's (below).
 */
export async function publishCycle(
  db: Executor,
  input: { cycleId: string; publishedBy: string | null; note?: string; publishedAt?: Date; leaveOut?: readonly string[] },
): Promise<PublicationReceipt> {
  const cycle = await requireCycle(db, input.cycleId);
  const version = await findMethodologyVersion(db, cycle.methodologyVersionId);
  if (!version) throw new Error(`cycle ${cycle.year} names a methodology version that does not exist`);
  if (version.status !== 'published' || !version.contentHash) {
    throw new AppError(409, 'conflict', `Methodology ${version.key} must be published before results computed with it can be`);
  }
  const methodology = (await loadMethodology(db, version.id))!;
  // built, hashed and derived in a worker thread: readers keep being served meanwhile
  const snapshot = await runSnapshotJob({
    kind: 'build',
    input: {
      cycle: { id: cycle.id, year: cycle.year, name: cycle.name, isDemo: cycle.isDemo },
      methodology,
      methodologyHash: version.contentHash,
      countries: await loadCountryAnswers(db, cycle.id, new Set(input.leaveOut)),
    },
  });
  await letRequestsIn();
  const previous = await findCurrentPublication(db, cycle.id);
  // the content is stored without its traces (one row per country beside it); its hash is the whole content's
  const id = await insertPublication(db, {
    cycleId: cycle.id,
    methodologyVersionId: version.id,
    methodologyHash: version.contentHash,
    content: snapshot.summary,
    contentHash: snapshot.contentHash,
    tracesApart: true,
    supersedesId: previous?.id ?? null,
    note: input.note ?? null,
    publishedBy: input.publishedBy,
    ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
  });
  await letRequestsIn();
  await insertPublicationParts(db, id, snapshot, { options: stabilitySettingsOf(methodology), result: snapshot.stability });
  const hash = snapshot.contentHash;
  await setCycleStatus(db, cycle.id, 'published');
  return { publicationId: id, contentHash: hash };
}

/** Tells each published country's team that the results are out, linking to its own country's profile. */
async function notifyTeams(
  trx: Executor,
  notifier: Notifier,
  cycle: { id: string; year: number; name: string },
  leftOut: readonly string[],
  at: Date,
): Promise<void> {
  const byCountry = new Map<string, Awaited<ReturnType<typeof findCycleTeams>>>();
  for (const row of await findCycleTeams(trx, cycle.id)) byCountry.set(row.iso3, [...(byCountry.get(row.iso3) ?? []), row]);
  for (const [iso3, team] of byCountry) {
    if (leftOut.includes(iso3)) continue; // no profile of theirs in these results
    const params = { cycleName: cycle.name, country: team[0]!.countryNames as LocalizedString, link: `/cycles/${cycle.year}/countries/${iso3}` };
    await notifier.notify(trx, team, { kind: 'results_published', params }, at);
  }
}

const NOT_PUBLISHABLE = ASSESSMENT_STATUSES.filter((s) => !PUBLISHABLE_STATUSES.includes(s));

/**
 * The countries left out must be exactly the ones not validated: one more would drop a validated
 * result, one fewer would publish a result nobody validated. 409 listing them when the analyst has
 * not named them (yet, or since another one fell behind); 400 for a validated country named.
 */
async function checkLeftOut(trx: Executor, cycleId: string, leaveOut: readonly string[]): Promise<string[]> {
  const notReady = (await listPendingAssessments(trx, cycleId, NOT_PUBLISHABLE)).map(toPending);
  const named = new Set(leaveOut);
  const ready = leaveOut.filter((iso3) => !notReady.some((p) => p.iso3 === iso3));
  if (ready.length)
    throw badRequest(`Only countries not validated can be left out; ${ready.join(', ')} ${ready.length === 1 ? 'is' : 'are'} not among them`, 'body.leaveOut', {
      ready,
    });
  const unconfirmed = notReady.filter((p) => !named.has(p.iso3));
  if (unconfirmed.length) {
    throw conflict(
      `${unconfirmed.length} countr${unconfirmed.length === 1 ? 'y is' : 'ies are'} not validated: confirm leaving ${unconfirmed.length === 1 ? 'it' : 'them'} out of the results`,
      {
        notReady,
      },
    );
  }
  return [...named].sort();
}

export function createPublicationService({ db, now, notifier }: { db: Db; now: () => Date; notifier: Notifier }) {
  return {
    /**
     * Publishes a cycle in validation once its window is over, or republishes a published one
     * (superseding), with an audit record. Countries not validated are published only without
     * them, when the analyst confirms it by naming them in `leaveOut`.
     */
    async publish(auth: ResolvedSession, cycleId: string, body: PublishCycleBody, ip: string | null): Promise<PublicationReceipt> {
      const receipt = await db.transaction().execute(async (trx) => {
        // the cycle's row lock orders a publication after any step of the cycle in flight
        const cycle = await requireCycle(trx, cycleId, { forUpdate: true });
        const at = now();
        const check = checkCycleAction(cycle, 'publish', at);
        if (!check.ok) {
          if (check.reason === 'validation_window') {
            const ends = new Date(cycle.validationClosesAt).toISOString();
            throw new AppError(
              409,
              'illegal_transition',
              `The validation window of the ${cycle.year} cycle is open until ${ends}: wait for it to end, or end it early`,
              {
                details: { status: cycle.status, validationClosesAt: ends },
              },
            );
          }
          // publishing half-collected answers would put drafts in front of the public
          throw illegalCycleStep(cycle, 'publish results');
        }
        const leaveOut = await checkLeftOut(trx, cycleId, body.leaveOut ?? []);
        const published = await publishCycle(trx, { cycleId, publishedBy: auth.user.id, note: body.note, publishedAt: at, leaveOut });
        await recordAudit(
          trx,
          {
            actor: auth.user,
            action: 'cycle.published',
            entityType: 'publication',
            entityId: published.publicationId,
            after: { cycleId, contentHash: published.contentHash, note: body.note ?? null, leftOut: leaveOut },
            ip,
          },
          at,
        );
        await notifyTeams(trx, notifier, cycle, leaveOut, at);
        return published;
      });
      notePublished();
      return receipt;
    },
  };
}
export type PublicationService = ReturnType<typeof createPublicationService>;
