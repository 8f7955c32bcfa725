import type { Programme, ProgrammeBodySchema } from '@gci/shared';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { badRequest, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import { deleteProgrammeRow, findProgrammeRow, insertProgramme, listProgrammeRows, updateProgrammeRow } from './planner.repository.ts';
import { toProgramme } from './planner-mappers.ts';
import { publishedIndicatorTitles } from './published-indicators.ts';

type ProgrammeBody = z.output<typeof ProgrammeBodySchema>;

const columnsOf = (body: ProgrammeBody) => ({
  title: body.title,
  provider: body.provider,
  description: body.description,
  indicators: JSON.stringify([...new Set(body.indicators)]),
  regions: JSON.stringify([...new Set(body.regions)]),
  languages: JSON.stringify([...new Set(body.languages)]),
  format: body.format,
  link: body.link,
});

/** The capacity-building catalogue: administrators keep it, every change audited. */
export function createCatalogueService({ db, now, methodologyOf }: { db: Db; now: () => Date; methodologyOf: MethodologyOf }) {
  /** A programme names indicators of a published methodology version; a typo would match no gap. */
  async function checkIndicators(body: ProgrammeBody): Promise<void> {
    const known = await publishedIndicatorTitles(db, methodologyOf);
    const unknown = body.indicators.filter((key) => !known.has(key));
    if (unknown.length > 0) {
      throw badRequest(`Not an indicator of any published methodology: ${unknown.join(', ')}`, 'body.indicators', { unknown });
    }
  }

  const audit = (trx: Db, auth: ResolvedSession, action: string, id: string, before: unknown, after: unknown, ip: string) =>
    recordAudit(trx, { actor: auth.user, action, entityType: 'capacity_programme', entityId: id, before, after, ip }, now());

  return {
    async list(): Promise<{ programmes: Programme[] }> {
      return { programmes: (await listProgrammeRows(db)).map(toProgramme) };
    },

    async create(auth: ResolvedSession, body: ProgrammeBody, ip: string): Promise<Programme> {
      await checkIndicators(body);
      return db.transaction().execute(async (trx) => {
        const row = await insertProgramme(trx, { ...columnsOf(body), createdAt: now(), updatedAt: now() });
        const after = toProgramme(row);
        await audit(trx, auth, 'programme.created', row.id, null, after, ip);
        return after;
      });
    },

    async update(auth: ResolvedSession, id: string, body: ProgrammeBody, ip: string): Promise<Programme> {
      if (!(await findProgrammeRow(db, id))) throw notFound('Programme');
      await checkIndicators(body);
      return db.transaction().execute(async (trx) => {
        const before = await findProgrammeRow(trx, id);
        if (!before) throw notFound('Programme');
        const row = (await updateProgrammeRow(trx, id, { ...columnsOf(body), updatedAt: now() }))!;
        const after = toProgramme(row);
        await audit(trx, auth, 'programme.updated', id, toProgramme(before), after, ip);
        return after;
      });
    },

    async remove(auth: ResolvedSession, id: string, ip: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await deleteProgrammeRow(trx, id);
        if (!row) throw notFound('Programme');
        await audit(trx, auth, 'programme.deleted', id, toProgramme(row), null, ip);
      });
    },
  };
}
export type CatalogueService = ReturnType<typeof createCatalogueService>;
