import type { Executor } from '../../db/database.ts';

// What a notice needs of each recipient: whom, where, and in which language (see notifications/notify.ts).
const RECIPIENT = ['id', 'email', 'name', 'locale'] as const;

/** Active focal points of a country (to notify them). */
export const countryTeam = (db: Executor, iso3: string) =>
  db.selectFrom('users').select(RECIPIENT).where('role', '=', 'focal_point').where('countryIso3', '=', iso3).where('disabledAt', 'is', null).execute();

/** Active reviewers (admins can review too, but are not notified of every submission). */
export const reviewers = (db: Executor) => db.selectFrom('users').select(RECIPIENT).where('role', 'in', ['reviewer']).where('disabledAt', 'is', null).execute();
