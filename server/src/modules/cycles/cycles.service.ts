import type { CycleSummary } from '@gci/shared';
import type { Db, Executor } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { findCycleById, findCycleByYear, listCycles, listPublicationSummaries } from './cycles.repository.ts';

/** The cycles other rooms look up (the workbench by year, publication by id): 404 when there is none. */
export async function requireCycleOfYear(db: Executor, year: number) {
  const cycle = await findCycleByYear(db, year);
  if (!cycle) throw notFound(`Cycle ${year}`);
  return cycle;
}

export async function requireCycle(db: Executor, id: string) {
  const cycle = await findCycleById(db, id);
  if (!cycle) throw notFound('Cycle');
  return cycle;
}

const iso = (at: Date | string) => new Date(at).toISOString();

export function createCyclesService({ db }: { db: Db }) {
  return {
    async list(): Promise<CycleSummary[]> {
      const cycles = await listCycles(db);
      const publications = await listPublicationSummaries(db);
      return cycles.map((c) => ({
        id: c.id,
        year: c.year,
        name: c.name,
        status: c.status,
        methodologyVersionId: c.methodologyVersionId,
        opensAt: iso(c.opensAt),
        closesAt: iso(c.closesAt),
        isDemo: c.isDemo,
        publications: publications
          .filter((p) => p.cycleId === c.id)
          .map((p) => ({
            id: p.id,
            publishedAt: iso(p.publishedAt),
            contentHash: p.contentHash,
            methodologyHash: p.methodologyHash,
            supersedesId: p.supersedesId,
            note: p.note,
          })),
      }));
    },
  };
}
export type CyclesService = ReturnType<typeof createCyclesService>;
