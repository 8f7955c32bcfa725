import {
  checkCycleDates,
  type CycleDetail,
  type CycleSetup,
  type CycleSummary,
  type LocalizedString,
  type NewCycleBody,
  type Region,
  type UpdateCycleBody,
} from '@gci/shared';
import type { Db, Executor } from '../../db/database.ts';
import type { CycleRow } from '../../db/tables.ts';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { findMethodologyVersion, listMethodologyVersions } from '../methodology/methodology.repository.ts';
import { auditedFields, byDaysDescending, checkFields, iso, naming409OnYear } from './cycle-definition.ts';
import { toCycleSummary, toParticipant } from './cycle-view.ts';
import {
  countAssessmentsByStatus,
  countParticipants,
  findCycleById,
  findCycleByYear,
  insertCycle,
  listCountries,
  listCycles,
  listParticipantCodes,
  listParticipants,
  listPublicationSummaries,
  replaceParticipants,
  updateCycle,
} from './cycles.repository.ts';

/** The cycles other rooms look up (the workbench by year, publication by id): 404 when there is none. */
export async function requireCycleOfYear(db: Executor, year: number) {
  const cycle = await findCycleByYear(db, year);
  if (!cycle) throw notFound(`Cycle ${year}`);
  return cycle;
}

export async function requireCycle(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  const cycle = await findCycleById(db, id, options);
  if (!cycle) throw notFound('Cycle');
  return cycle;
}

/** 409 `illegal_transition` naming the cycle's state, for a step out of order. */
export const illegalCycleStep = (cycle: Pick<CycleRow, 'year' | 'status'>, what: string) =>
  new AppError(409, 'illegal_transition', `Cannot ${what} while the ${cycle.year} cycle is ${cycle.status}`, { details: { status: cycle.status } });

async function summaries(db: Executor, cycles: readonly CycleRow[], now: Date, only?: string): Promise<CycleSummary[]> {
  const [counts, participants, publications] = await Promise.all([
    countAssessmentsByStatus(db, only),
    countParticipants(db, only),
    listPublicationSummaries(db, only),
  ]);
  return cycles.map((c) =>
    toCycleSummary(
      c,
      {
        counts: new Map(counts.filter((r) => r.cycleId === c.id).map((r) => [r.status, Number(r.n)])),
        participants: Number(participants.find((r) => r.cycleId === c.id)?.n ?? 0),
        publications: publications.filter((p) => p.cycleId === c.id),
      },
      now,
    ),
  );
}

/** A cycle with its methodology and participants, as every cycle route answers it. */
export async function loadCycleDetail(db: Executor, id: string, now: Date): Promise<CycleDetail> {
  const cycle = await requireCycle(db, id);
  const [summary] = await summaries(db, [cycle], now, cycle.id);
  const version = await findMethodologyVersion(db, cycle.methodologyVersionId);
  if (!version) throw new Error(`cycle ${cycle.year} names a methodology version that does not exist`);
  return {
    cycle: summary!,
    methodology: { id: version.id, key: version.key, name: version.name as LocalizedString, status: version.status },
    participants: (await listParticipants(db, id)).map(toParticipant),
  };
}

export function createCyclesService({ db, now }: { db: Db; now: () => Date }) {
  return {
    async list(): Promise<CycleSummary[]> {
      return summaries(db, await listCycles(db), now());
    },

    detail: (id: string): Promise<CycleDetail> => loadCycleDetail(db, id, now()),

    async setup(): Promise<CycleSetup> {
      const [versions, countries] = await Promise.all([listMethodologyVersions(db, ['published']), listCountries(db)]);
      return {
        methodologies: versions.map((v) => ({ id: v.id, key: v.key, name: v.name as LocalizedString, edition: v.edition })),
        countries: countries.map((c) => ({ iso3: c.iso3, names: c.names as LocalizedString, region: c.region as Region })),
      };
    },

    /** Creates a draft cycle with its participants, in one transaction, audited. */
    async create(auth: ResolvedSession, body: NewCycleBody, ip: string | null): Promise<CycleDetail> {
      const id = await naming409OnYear(body.year, () =>
        db.transaction().execute(async (trx) => {
          await checkFields(trx, body);
          const at = now();
          const { participants: chosen, reminderDays, ...fields } = body;
          const cycle = await insertCycle(trx, { ...fields, reminderDays: byDaysDescending(reminderDays), status: 'draft', createdAt: at });
          const participants = [...chosen].sort();
          await replaceParticipants(trx, cycle.id, participants);
          await recordAudit(
            trx,
            { actor: auth.user, action: 'cycle.created', entityType: 'cycle', entityId: cycle.id, after: auditedFields(cycle, participants), ip },
            at,
          );
          return cycle.id;
        }),
      );
      return loadCycleDetail(db, id, now());
    },

    /** Changes a draft; once open, a cycle's definition is fixed (409 with its state). */
    async update(auth: ResolvedSession, id: string, body: UpdateCycleBody, ip: string | null): Promise<CycleDetail> {
      await naming409OnYear(body.year, () =>
        db.transaction().execute(async (trx) => {
          const before = await requireCycle(trx, id, { forUpdate: true });
          if (before.status !== 'draft') throw illegalCycleStep(before, 'change the definition of a cycle');
          const dates = {
            opensAt: body.opensAt ?? iso(before.opensAt),
            closesAt: body.closesAt ?? iso(before.closesAt),
            validationClosesAt: body.validationClosesAt ?? iso(before.validationClosesAt),
          };
          const wrong = checkCycleDates(dates);
          if (wrong) throw badRequest(wrong.message, `body.${wrong.field}`);
          await checkFields(trx, body, id);
          const participantsBefore = await listParticipantCodes(trx, id);
          const participants = body.participants ? [...body.participants].sort() : participantsBefore;
          const after = await updateCycle(trx, id, {
            ...(body.year !== undefined ? { year: body.year } : {}),
            ...(body.name !== undefined ? { name: body.name } : {}),
            ...(body.methodologyVersionId ? { methodologyVersionId: body.methodologyVersionId } : {}),
            ...dates,
            ...(body.reminderDays ? { reminderDays: byDaysDescending(body.reminderDays) } : {}),
          });
          if (body.participants) await replaceParticipants(trx, id, participants);
          await recordAudit(
            trx,
            {
              actor: auth.user,
              action: 'cycle.updated',
              entityType: 'cycle',
              entityId: id,
              before: auditedFields(before, participantsBefore),
              after: auditedFields(after, participants),
              ip,
            },
            now(),
          );
        }),
      );
      return loadCycleDetail(db, id, now());
    },
  };
}
export type CyclesService = ReturnType<typeof createCyclesService>;
