import type { NewCycleBody } from '@gci/shared';
import type { Executor } from '../../db/database.ts';
import type { CycleRow } from '../../db/tables.ts';
import { AppError, badRequest } from '../../errors.ts';
import { findMethodologyVersion } from '../methodology/methodology.repository.ts';
import { findCountryCodes, findCycleByYear } from './cycles.repository.ts';

// What a cycle's definition must satisfy, for creating a draft and for editing one.

/** The checks creating and editing share: a published methodology, countries that exist, a free year. */
export async function checkFields(db: Executor, fields: Partial<NewCycleBody>, exceptCycleId?: string): Promise<void> {
  if (fields.methodologyVersionId) {
    const version = await findMethodologyVersion(db, fields.methodologyVersionId);
    if (!version) throw badRequest('No methodology version has this id', 'body.methodologyVersionId');
    if (version.status !== 'published')
      throw badRequest(`Methodology ${version.key} is ${version.status}: a cycle needs a published (frozen) version`, 'body.methodologyVersionId');
  }
  if (fields.participants) {
    const known = await findCountryCodes(db, fields.participants);
    const unknown = fields.participants.filter((c) => !known.has(c));
    if (unknown.length) throw badRequest(`Unknown countries: ${unknown.join(', ')}`, 'body.participants', { unknown });
  }
  if (fields.year !== undefined) {
    const taken = await findCycleByYear(db, fields.year);
    if (taken && taken.id !== exceptCycleId) throw yearTaken(fields.year);
  }
}

const yearTaken = (year: number) => new AppError(409, 'conflict', `The ${year} cycle exists already`, { field: 'body.year' });

/** Two admins creating the same year at once: the unique index decides, and the loser hears which field. */
export async function naming409OnYear<T>(year: number | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (
      year !== undefined &&
      (error as { code?: string }).code === '23505' &&
      /year/.test((error as { constraint?: string; message?: string }).constraint ?? String(error))
    ) {
      throw yearTaken(year);
    }
    throw error;
  }
}

export const byDaysDescending = (days: readonly number[]) => [...days].sort((a, b) => b - a);
export const iso = (at: Date | string) => new Date(at).toISOString();

/** The fields an audit entry records of a cycle. */
export const auditedFields = (c: CycleRow, participants: readonly string[]) => ({
  year: c.year,
  name: c.name,
  methodologyVersionId: c.methodologyVersionId,
  opensAt: iso(c.opensAt),
  closesAt: iso(c.closesAt),
  validationClosesAt: iso(c.validationClosesAt),
  reminderDays: c.reminderDays,
  participants,
});
