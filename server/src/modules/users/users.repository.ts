import { sql } from 'kysely';
import type { ListUsersQuery } from '@gci/shared';
import type { Executor } from '../../db/database.ts';
import type { NewUser, UserRow } from '../../db/tables.ts';

const DAY_MS = 86_400_000;

/** One page of accounts matching the filters, and how many match in all. */
export async function listUsers(db: Executor, filters: ListUsersQuery, now: Date): Promise<{ rows: UserRow[]; total: number }> {
  let query = db.selectFrom('users');
  if (filters.search) {
    const pattern = `%${filters.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('name', 'ilike', pattern), eb('email', 'ilike', pattern)]));
  }
  if (filters.role) query = query.where('role', '=', filters.role);
  if (filters.country) query = query.where('countryIso3', '=', filters.country);
  if (filters.status === 'deactivated') query = query.where('disabledAt', 'is not', null);
  if (filters.status === 'active') query = query.where('disabledAt', 'is', null).where('activatedAt', 'is not', null);
  if (filters.status === 'invited') query = query.where('disabledAt', 'is', null).where('activatedAt', 'is', null);
  if (filters.lastSignIn === 'never') query = query.where('lastSignInAt', 'is', null);
  if (filters.lastSignIn === 'last30Days') query = query.where('lastSignInAt', '>=', new Date(now.getTime() - 30 * DAY_MS));
  if (filters.lastSignIn === 'over90Days') query = query.where('lastSignInAt', '<', new Date(now.getTime() - 90 * DAY_MS));

  const { total } = await query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
  let page = query.selectAll();
  page =
    filters.sort === 'email'
      ? page.orderBy('email')
      : filters.sort === 'lastSignIn'
        ? page.orderBy(sql`last_sign_in_at desc nulls last`).orderBy('email')
        : filters.sort === 'created'
          ? page.orderBy('createdAt', 'desc').orderBy('email')
          : page.orderBy(sql`lower(name)`).orderBy('email');
  const rows = await page
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize)
    .execute();
  return { rows, total: Number(total) };
}

export const findUser = (db: Executor, userId: string): Promise<UserRow | undefined> =>
  db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();

export async function emailTaken(db: Executor, email: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) !== undefined;
}

export const insertUser = (db: Executor, user: NewUser): Promise<UserRow> => db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();

/** What an administrator may change of an account. */
export interface UserChange {
  role: UserRow['role'];
  countryIso3: string | null;
  isLead: boolean;
  name?: string;
  disabledAt?: Date | null;
}

export const updateUser = (db: Executor, userId: string, change: UserChange): Promise<UserRow> =>
  db.updateTable('users').set(change).where('id', '=', userId).returningAll().executeTakeFirstOrThrow();
