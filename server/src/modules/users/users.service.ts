import { randomBytes } from 'node:crypto';
import type { CreateUserBody, UpdateUserBody, UserSummary } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import type { UserRow } from '../../db/tables.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import { hashPassword } from '../auth/password.ts';
import { toSessionUser } from '../auth/session-info.ts';
import { endUserSessions, type ResolvedSession } from '../auth/sessions.ts';
import { countryExists } from '../countries/countries.repository.ts';
import { emailTaken, findUser, insertUser, listUsers, updateUser } from './users.repository.ts';

const toSummary = (u: UserRow): UserSummary => ({ ...toSessionUser(u), disabled: u.disabledAt !== null, createdAt: u.createdAt.toISOString() });

export function createUsersService({ db, now }: { db: Db; now: () => Date }) {
  async function assertCountry(iso3: string | null) {
    if (iso3 && !(await countryExists(db, iso3))) throw badRequest(`Unknown country ${iso3}`, 'body.country');
  }
  return {
    async list(): Promise<UserSummary[]> {
      return (await listUsers(db)).map(toSummary);
    },

    async create(admin: ResolvedSession, body: CreateUserBody, ip: string | null = null): Promise<{ user: UserSummary; initialPassword: string }> {
      await assertCountry(body.country);
      if (await emailTaken(db, body.email)) throw conflict(`An account for ${body.email} already exists`);
      const initialPassword = randomBytes(15).toString('base64url');
      const user = await insertUser(db, {
        email: body.email,
        name: body.name,
        role: body.role,
        countryIso3: body.country,
        passwordHash: await hashPassword(initialPassword),
      });
      await recordAudit(
        db,
        {
          actor: admin.user,
          action: 'user.created',
          entityType: 'user',
          entityId: user.id,
          country: user.countryIso3,
          after: { email: user.email, role: user.role, country: user.countryIso3 },
          ip,
        },
        now(),
      );
      return { user: toSummary(user), initialPassword };
    },

    /** A change of role, scope or status ends the user's sessions, so old privileges do not linger. */
    async update(admin: ResolvedSession, userId: string, body: UpdateUserBody, ip: string | null = null): Promise<UserSummary> {
      const current = await findUser(db, userId);
      if (!current) throw notFound('User');
      if (userId === admin.user.id && (body.disabled || (body.role && body.role !== 'admin'))) {
        throw badRequest('You cannot disable yourself or remove your own admin role', body.disabled ? 'body.disabled' : 'body.role');
      }
      const role = body.role ?? current.role;
      const country = body.country !== undefined ? body.country : role === 'focal_point' ? current.countryIso3 : null;
      if ((role === 'focal_point') !== (country !== null)) throw badRequest('A focal point needs a country, and only a focal point has one', 'body.country');
      await assertCountry(country);
      const updated = await updateUser(db, userId, {
        role,
        countryIso3: country,
        ...(body.name ? { name: body.name } : {}),
        ...(body.disabled !== undefined ? { disabledAt: body.disabled ? now() : null } : {}),
      });
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
