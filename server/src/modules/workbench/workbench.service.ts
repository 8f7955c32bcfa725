import { backcast, type AnswerValue, type Answers, type Backcast, type Region, type Scenario, type WorkbenchData } from '@gci/shared';
import type { z } from 'zod';
import type { NewScenarioBodySchema, ScenarioOverridesSchema } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';

async function findCycle(db: Db, year: number) {
  const cycle = await db.selectFrom('cycles').selectAll().where('year', '=', year).executeTakeFirst();
  if (!cycle) throw notFound(`Cycle ${year}`);
  return cycle;
}

/** Every country's answers in a cycle, by ISO code. */
async function answersOfCycle(db: Db, cycleId: string) {
  const rows = await db
    .selectFrom('assessments as a')
    .innerJoin('countries as c', 'c.iso3', 'a.countryIso3')
    .leftJoin('answers as ans', 'ans.assessmentId', 'a.id')
    .where('a.cycleId', '=', cycleId)
    .select(['c.iso3', 'c.region', 'c.names', 'ans.questionKey', 'ans.value'])
    .orderBy('c.iso3')
    .execute();
  const byCountry = new Map<string, WorkbenchData['countries'][number]>();
  for (const r of rows) {
    let entry = byCountry.get(r.iso3);
    if (!entry) {
      entry = { iso3: r.iso3, region: r.region as Region, names: r.names as WorkbenchData['countries'][number]['names'], answers: {} };
      byCountry.set(r.iso3, entry);
    }
    if (r.questionKey) entry.answers[r.questionKey] = r.value as AnswerValue;
  }
  return [...byCountry.values()];
}

export function createWorkbenchService({ db, now, methodologyOf }: { db: Db; now: () => Date; methodologyOf: MethodologyOf }) {
  return {
    /** What the browser rescores live: the version (the cycle's own unless another is named) and all answers. */
    async data(year: number, versionId?: string): Promise<WorkbenchData> {
      const cycle = await findCycle(db, year);
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
      const cycle = await findCycle(db, year);
      const countries = await answersOfCycle(db, cycle.id);
      const answers: Record<string, Answers> = Object.fromEntries(countries.map((c) => [c.iso3, c.answers]));
      return backcast(await methodologyOf(cycle.methodologyVersionId), await methodologyOf(versionId), answers);
    },

    async listScenarios(): Promise<Scenario[]> {
      const rows = await db
        .selectFrom('scenarios as s')
        .innerJoin('cycles as c', 'c.id', 's.cycleId')
        .innerJoin('users as u', 'u.id', 's.createdBy')
        .select(['s.id', 's.name', 's.note', 'c.year', 's.methodologyVersionId', 's.overrides', 's.createdAt', 'u.id as userId', 'u.name as userName'])
        .orderBy('s.createdAt', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        note: r.note,
        cycleYear: r.year,
        methodologyVersionId: r.methodologyVersionId,
        overrides: r.overrides as z.infer<typeof ScenarioOverridesSchema>,
        createdBy: { id: r.userId, name: r.userName },
        createdAt: new Date(r.createdAt).toISOString(),
      }));
    },

    async getScenario(id: string): Promise<Scenario> {
      const scenario = (await this.listScenarios()).find((s) => s.id === id);
      if (!scenario) throw notFound('Scenario');
      return scenario;
    },

    async saveScenario(auth: ResolvedSession, body: z.infer<typeof NewScenarioBodySchema>, ip: string | null): Promise<string> {
      const cycle = await findCycle(db, body.cycleYear);
      const methodology = await methodologyOf(body.methodologyVersionId);
      const known = new Set<string>();
      const walk = (nodes: typeof methodology.pillars[number]['children']) => nodes.forEach((n) => (known.add(n.key), n.kind !== 'question' && walk(n.children)));
      methodology.pillars.forEach((p) => (known.add(p.key), walk(p.children)));
      const unknown = Object.keys(body.overrides.weights).find((k) => !known.has(k));
      if (unknown) throw notFound(`Node ${unknown} in this methodology version`);
      return db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto('scenarios')
          .values({ name: body.name, note: body.note, cycleId: cycle.id, methodologyVersionId: body.methodologyVersionId, overrides: JSON.stringify(body.overrides), createdBy: auth.user.id, createdAt: now() })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, { actor: auth.user, action: 'scenario.saved', entityType: 'scenario', entityId: id, after: { name: body.name }, ip }, now());
        return id;
      });
    },
  };
}
export type WorkbenchService = ReturnType<typeof createWorkbenchService>;
