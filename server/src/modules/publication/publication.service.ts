import { buildPublicationContent, type Answers, type CountryAnswers, type LocalizedString, type PublicationReceipt, type Region } from '@gci/shared';
import type { Db, Executor } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { contentHash } from '../../lib/hash.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { setCycleStatus } from '../cycles/cycles.repository.ts';
import { requireCycle } from '../cycles/cycles.service.ts';
import { findMethodologyVersion, loadMethodology } from '../methodology/methodology.repository.ts';
import type { Notifier } from '../notifications/notify.ts';
import { findCurrentPublication, findCycleTeams, insertPublication, listCountryAnswerRows } from './publication.repository.ts';

async function loadCountryAnswers(db: Executor, cycleId: string): Promise<CountryAnswers[]> {
  const byCountry = new Map<string, CountryAnswers>();
  for (const row of await listCountryAnswerRows(db, cycleId)) {
    let entry = byCountry.get(row.iso3);
    if (!entry) {
      entry = { iso3: row.iso3, region: row.region as Region, answers: {} };
      byCountry.set(row.iso3, entry);
    }
    if (row.questionKey) entry.answers[row.questionKey] = row.value as Answers[string];
  }
  return [...byCountry.values()];
}

/**
 * Recomputes every country's result of a cycle with the shared engine (never trusting numbers
 * from a browser) and stores an immutable snapshot. A second publication supersedes the first;
 * both stay readable. Also used by the seed, inside its transaction.
 */
export async function publishCycle(
  db: Executor,
  input: { cycleId: string; publishedBy: string | null; note?: string; publishedAt?: Date },
): Promise<PublicationReceipt> {
  const cycle = await requireCycle(db, input.cycleId);
  const version = await findMethodologyVersion(db, cycle.methodologyVersionId);
  if (!version) throw new Error(`cycle ${cycle.year} names a methodology version that does not exist`);
  if (version.status !== 'published' || !version.contentHash) {
    throw new AppError(409, 'conflict', `Methodology ${version.key} must be published before results computed with it can be`);
  }
  const content = buildPublicationContent({
    cycle: { id: cycle.id, year: cycle.year, name: cycle.name, isDemo: cycle.isDemo },
    methodology: (await loadMethodology(db, version.id))!,
    methodologyHash: version.contentHash,
    countries: await loadCountryAnswers(db, cycle.id),
  });
  const hash = contentHash(content);
  const previous = await findCurrentPublication(db, cycle.id);
  const id = await insertPublication(db, {
    cycleId: cycle.id,
    methodologyVersionId: version.id,
    methodologyHash: version.contentHash,
    content: JSON.stringify(content),
    contentHash: hash,
    supersedesId: previous?.id ?? null,
    note: input.note ?? null,
    publishedBy: input.publishedBy,
    ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
  });
  await setCycleStatus(db, cycle.id, 'published');
  return { publicationId: id, contentHash: hash };
}

/** Tells each country's team that the results are out, linking to its own country's profile. */
async function notifyTeams(trx: Executor, notifier: Notifier, cycle: { id: string; year: number; name: string }, at: Date): Promise<void> {
  const byCountry = new Map<string, Awaited<ReturnType<typeof findCycleTeams>>>();
  for (const row of await findCycleTeams(trx, cycle.id)) byCountry.set(row.iso3, [...(byCountry.get(row.iso3) ?? []), row]);
  for (const [iso3, team] of byCountry) {
    const params = { cycleName: cycle.name, country: team[0]!.countryNames as LocalizedString, link: `/cycles/${cycle.year}/countries/${iso3}` };
    await notifier.notify(trx, team, { kind: 'results_published', params }, at);
  }
}

export function createPublicationService({ db, now, notifier }: { db: Db; now: () => Date; notifier: Notifier }) {
  return {
    /** Publishes (or republishes, superseding) a closed cycle's results, with an audit record. */
    async publish(auth: ResolvedSession, cycleId: string, note: string | undefined, ip: string | null): Promise<PublicationReceipt> {
      return db.transaction().execute(async (trx) => {
        const cycle = await requireCycle(trx, cycleId);
        // publishing half-collected answers would put drafts in front of the public
        if (cycle.status === 'planned' || cycle.status === 'open') {
          throw new AppError(409, 'illegal_transition', `The ${cycle.year} cycle is still ${cycle.status}: close it before publishing its results`, {
            details: { status: cycle.status },
          });
        }
        const published = await publishCycle(trx, { cycleId, publishedBy: auth.user.id, note, publishedAt: now() });
        await recordAudit(
          trx,
          {
            actor: auth.user,
            action: 'cycle.published',
            entityType: 'publication',
            entityId: published.publicationId,
            after: { cycleId, contentHash: published.contentHash, note: note ?? null },
            ip,
          },
          now(),
        );
        await notifyTeams(trx, notifier, cycle, now());
        return published;
      });
    },
  };
}
export type PublicationService = ReturnType<typeof createPublicationService>;
