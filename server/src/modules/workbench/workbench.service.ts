import {
  backcast,
  flattenTree,
  type AnswerValue,
  type Answers,
  type Backcast,
  type NewScenarioBodySchema,
  type Region,
  type Scenario,
  type ScenarioOverridesSchema,
  type WorkbenchData,
} from '@gci/shared';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { requireCycleOfYear } from '../cycles/cycles.service.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import { listCycleAnswerRows } from '../cycles/cycles.repository.ts';
import { findScenario, insertScenario, listScenarios, type ScenarioRow } from './workbench.repository.ts';

type CountryAnswers = WorkbenchData['countries'][number];

/** Every country's answers in a cycle, by ISO code. */
async function answersOfCycle(db: Db, cycleId: string): Promise<CountryAnswers[]> {
  const byCountry = new Map<string, CountryAnswers>();
  for (const r of await listCycleAnswerRows(db, cycleId)) {
    let entry = byCountry.get(r.iso3);
    if (!entry) {
      entry = { iso3: r.iso3, region: r.region as Region, names: r.names as CountryAnswers['names'], answers: {} };
      byCountry.set(r.iso3, entry);
    }
    if (r.questionKey) entry.answers[r.questionKey] = r.value as AnswerValue;
  }
  return [...byCountry.values()];
}

const toScenario = (r: ScenarioRow): Scenario => ({
  id: r.id,
  name: r.name,
  note: r.note,
  cycleYear: r.year,
  methodologyVersionId: r.methodologyVersionId,
  overrides: r.overrides as z.infer<typeof ScenarioOverridesSchema>,
  createdBy: { id: r.userId, name: r.userName },
  createdAt: new Date(r.createdAt).toISOString(),
});

export function createWorkbenchService({ db, now, methodologyOf }: { db: Db; now: () => Date; methodologyOf: MethodologyOf }) {
  return {
    /** What the browser rescores live: the version (the cycle's own unless another is named) and all answers. */
    async data(year: number, versionId?: string): Promise<WorkbenchData> {
      const cycle = await requireCycleOfYear(db, year);
      const id = versionId ?? cycle.methodologyVersionId;
      return {
        cycle: { id: cycle.id, year: cycle.year, name: cycle.name, status: cycle.status, isDemo: cycle.isDemo },
        versionId: id,
        methodology: await methodologyOf(id),
        countries: await answersOfCycle(db, cycle.id),
      };
    },

    /** An earlier cycle's answers rescored under another version where question keys match. */
    async backcast(year: number, versionId: string): Promise<Backcast> {
      const cycle = await requireCycleOfYear(db, year);
      const countries = await answersOfCycle(db, cycle.id);
      const answers: Record<string, Answers> = Object.fromEntries(countries.map((c) => [c.iso3, c.answers]));
      return backcast(await methodologyOf(cycle.methodologyVersionId), await methodologyOf(versionId), answers);
    },

    listScenarios: async (): Promise<Scenario[]> => (await listScenarios(db)).map(toScenario),

    async getScenario(id: string): Promise<Scenario> {
      const row = await findScenario(db, id);
      if (!row) throw notFound('Scenario');
      return toScenario(row);
    },

    async saveScenario(auth: ResolvedSession, body: z.output<typeof NewScenarioBodySchema>, ip: string | null): Promise<string> {
      const cycle = await requireCycleOfYear(db, body.cycleYear);
      const known = new Set(flattenTree(await methodologyOf(body.methodologyVersionId)).map((e) => e.node.key));
      const unknown = Object.keys(body.overrides.weights).find((k) => !known.has(k));
      if (unknown) throw notFound(`Node ${unknown} in this methodology version`);
      return db.transaction().execute(async (trx) => {
        const id = await insertScenario(trx, {
          name: body.name,
          note: body.note,
          cycleId: cycle.id,
          methodologyVersionId: body.methodologyVersionId,
          overrides: JSON.stringify(body.overrides),
          createdBy: auth.user.id,
          createdAt: now(),
        });
        await recordAudit(trx, { actor: auth.user, action: 'scenario.saved', entityType: 'scenario', entityId: id, after: { name: body.name }, ip }, now());
        return id;
      });
    },
  };
}
export type WorkbenchService = ReturnType<typeof createWorkbenchService>;
