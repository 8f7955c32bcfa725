import { randomBytes } from 'node:crypto';
import type { CreateUserBody, UserSummary } from '@gci/shared';
import { UpdateUserBodySchema } from '@gci/shared';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { UserRow } from '../../db/tables.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { toSessionUser } from './auth.service.ts';
import { hashPassword } from './password.ts';
import { recordAudit } from '../audit/audit.ts';
import { endUserSessions, type ResolvedSession } from './sessions.ts';

const toSummary = (u: UserRow): UserSummary => ({ ...toSessionUser(u), disabled: u.disabledAt !== null, createdAt: u.createdAt.toISOString() });

export function createUsersService({ db, now }: { db: Db; now: () => Date }) {
  async function assertCountry(iso3: string | null) {
    if (iso3 && !(await db.selectFrom('countries').select('iso3').where('iso3', '=', iso3).executeTakeFirst())) {
      throw badRequest(`Unknown country ${iso3}`, 'body.country');
    }
  }
  return {
    async list(): Promise<UserSummary[]> {
      const rows = await db.selectFrom('users').selectAll().orderBy('email').execute();
      return rows.map(toSummary);
    },

    async create(admin: ResolvedSession, body: CreateUserBody, ip: string | null = null): Promise<{ user: UserSummary; initialPassword: string }> {
      await assertCountry(body.country);
      if (await db.selectFrom('users').select('id').where('email', '=', body.email).executeTakeFirst()) {
        throw conflict(`An account for ${body.email} already exists`);
      }
      const initialPassword = randomBytes(15).toString('base64url');
      const user = await db
        .insertInto('users')
        .values({ email: body.email, name: body.name, role: body.role, countryIso3: body.country, passwordHash: await hashPassword(initialPassword) })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(db, { actor: admin.user, action: 'user.created', entityType: 'user', entityId: user.id, country: user.countryIso3, after: { email: user.email, role: user.role, country: user.countryIso3 }, ip }, now());
      return { user: toSummary(user), initialPassword };
    },

    /** A change of role, scope or status ends the user's sessions, so old privileges do not linger. */
    async update(admin: ResolvedSession, userId: string, body: z.infer<typeof UpdateUserBodySchema>, ip: string | null = null): Promise<UserSummary> {
      const current = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
      if (!current) throw notFound('User');
      if (userId === admin.user.id && (body.disabled || (body.role && body.role !== 'admin'))) {
        throw badRequest('You cannot disable yourself or remove your own admin role', body.disabled ? 'body.disabled' : 'body.role');
      }
      const role = body.role ?? current.role;
      const country = body.country !== undefined ? body.country : role === 'focal_point' ? current.countryIso3 : null;
      if ((role === 'focal_point') !== (country !== null)) throw badRequest('A focal point needs a country, and only a focal point has one', 'body.country');
      await assertCountry(country);
      const updated = await db
        .updateTable('users')
        .set({
          role,
          countryIso3: country,
          ...(body.name ? { name: body.name } : {}),
          ...(body.disabled !== undefined ? { disabledAt: body.disabled ? now() : null } : {}),
        })
        .where('id', '=', userId)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (role !== current.role || country !== current.countryIso3 || body.disabled) await endUserSessions(db, userId);
      await recordAudit(
        db,
        {
          actor: admin.user,
          action: 'user.updated',
          entityType: 'user',
          entityId: userId,
          country: country ?? current.countryIso3,
          before: { role: current.role, country: current.countryIso3, disabled: current.disabledAt !== null, name: current.name },
          after: { role, country, disabled: updated.disabledAt !== null, name: updated.name },
          ip,
        },
        now(),
      );
      return toSummary(updated);
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;
