import type { Executor } from '../../db/database.ts';
import type { NewUser, UserRow } from '../../db/tables.ts';

export const listUsers = (db: Executor): Promise<UserRow[]> => db.selectFrom('users').selectAll().orderBy('email').execute();

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
  name?: string;
  disabledAt?: Date | null;
}

export const updateUser = (db: Executor, userId: string, change: UserChange): Promise<UserRow> =>
  db.updateTable('users').set(change).where('id', '=', userId).returningAll().executeTakeFirstOrThrow();
