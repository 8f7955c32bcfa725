import { randomBytes } from 'node:crypto';
import type { CreateUserBody, InviteUserBody, ListUsersQuery, UpdateUserBody, UserSummary } from '@gci/shared';
import type { Db, Executor } from '../../db/database.ts';
import type { UserRow } from '../../db/tables.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import { issueAccountLink, type QueueAccountMail } from '../auth/account-links.ts';
import { hashPassword } from '../auth/password.ts';
import { toSessionUser } from '../auth/session-info.ts';
import { endUserSessions, type ResolvedSession } from '../auth/sessions.ts';
import { countryExists } from '../countries/countries.repository.ts';
import { emailTaken, findUser, insertUser, listUsers, updateUser } from './users.repository.ts';

const iso = (at: Date | null) => (at ? new Date(at).toISOString() : null);

export const toUserSummary = (u: UserRow): UserSummary => ({
  ...toSessionUser(u),
  disabled: u.disabledAt !== null,
  createdAt: u.createdAt.toISOString(),
  status: u.disabledAt ? 'deactivated' : u.activatedAt ? 'active' : 'invited',
  locale: u.locale,
  lastSignInAt: iso(u.lastSignInAt),
  mustChangePassword: u.mustChangePassword,
});

/**
 * Who may manage whom: an admin everyone; a lead focal point the focal points of their own country
 * (inviting them and resending their invitations), and nothing else.
 */
function teamScope(caller: ResolvedSession): { country: string | null } {
  const { user } = caller;
  if (user.role === 'admin') return { country: null };
  if (user.role === 'focal_point' && user.isLead && user.countryIso3) return { country: user.countryIso3 };
  throw forbidden("Only administrators and a country's lead focal point manage accounts");
}

/** An account an invitation can still go to: not yet accepted, not deactivated. */
function assertInvitable(user: UserRow): void {
  if (user.activatedAt) throw conflict(`${user.email} accepted the invitation already; they can reset their password from the sign-in page`);
  if (user.disabledAt) throw conflict(`${user.email} is deactivated; reactivate the account first`);
}

export function createUsersService({
  db,
  now,
  publicUrl,
  queueAccountMail,
}: {
  db: Db;
  now: () => Date;
  publicUrl: string;
  queueAccountMail: QueueAccountMail;
}) {
  async function assertCountry(iso3: string | null, executor: Executor = db) {
    if (iso3 && !(await countryExists(executor, iso3))) throw badRequest(`Unknown country ${iso3}`, 'body.country');
  }

  async function sendInvitation(trx: Executor, user: UserRow, inviter: ResolvedSession) {
    const at = now();
    const link = await issueAccountLink(trx, { purpose: 'invitation', userId: user.id, createdBy: inviter.user.id, publicUrl, now: at });
    await queueAccountMail(trx, { to: user, kind: 'invitation', link: link.url, expiresAt: link.expiresAt, invitedBy: inviter.user.name }, at);
    return { expiresAt: link.expiresAt.toISOString() };
  }

  return {
    async list(caller: ResolvedSession, filters: ListUsersQuery): Promise<{ users: UserSummary[]; total: number; page: number; pageSize: number }> {
      const { country } = teamScope(caller);
      const scoped = country ? { ...filters, country, role: 'focal_point' as const } : filters;
      const { rows, total } = await listUsers(db, scoped, now());
      return { users: rows.map(toUserSummary), total, page: filters.page, pageSize: filters.pageSize };
    },

    /** An account with a password chosen by the admin: shown once, to be changed at first sign-in. */
    async create(admin: ResolvedSession, body: CreateUserBody, ip: string | null = null): Promise<{ user: UserSummary; initialPassword: string }> {
      await assertCountry(body.country);
      if (await emailTaken(db, body.email)) throw conflict(`An account for ${body.email} already exists`);
      const initialPassword = randomBytes(15).toString('base64url');
      const at = now();
      const user = await db.transaction().execute(async (trx) => {
        const created = await insertUser(trx, {
          email: body.email,
          name: body.name,
          role: body.role,
          countryIso3: body.country,
          passwordHash: await hashPassword(initialPassword),
          mustChangePassword: true,
          activatedAt: at,
        });
        await recordAudit(
          trx,
          {
            actor: admin.user,
            action: 'user.created',
            entityType: 'user',
            entityId: created.id,
            country: created.countryIso3,
            after: { email: created.email, role: created.role, country: created.countryIso3 },
            ip,
          },
          at,
        );
        return created;
      });
      return { user: toUserSummary(user), initialPassword };
    },

    /** An account without a password, and a link (72 h) for its owner to choose one; one transaction. */
    async invite(caller: ResolvedSession, body: InviteUserBody, ip: string | null = null) {
      const { country } = teamScope(caller);
      if (country && (body.role !== 'focal_point' || body.country !== country || body.lead)) {
        throw forbidden(`A lead focal point invites focal points of ${country} only`);
      }
      await assertCountry(body.country);
      return db.transaction().execute(async (trx) => {
        if (await emailTaken(trx, body.email)) throw conflict(`An account for ${body.email} already exists`);
        const user = await insertUser(trx, {
          email: body.email,
          name: body.name,
          role: body.role,
          countryIso3: body.country,
          locale: body.locale,
          isLead: body.lead,
          // never usable: the owner sets a password through the link
          passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
          invitedBy: caller.user.id,
          activatedAt: null,
        });
        const invitation = await sendInvitation(trx, user, caller);
        await recordAudit(
          trx,
          {
            actor: caller.user,
            action: 'user.invited',
            entityType: 'user',
            entityId: user.id,
            country: user.countryIso3,
            after: { email: user.email, role: user.role, country: user.countryIso3, lead: user.isLead, expiresAt: invitation.expiresAt },
            ip,
          },
          now(),
        );
        return { user: toUserSummary(user), invitation };
      });
    },

    /** A new link for an invitation not yet accepted; the previous link stops working. */
    async resendInvitation(caller: ResolvedSession, userId: string, ip: string | null = null) {
      const { country } = teamScope(caller);
      return db.transaction().execute(async (trx) => {
        const user = await findUser(trx, userId);
        // a lead focal point does not learn of accounts outside their team
        if (!user || (country && user.countryIso3 !== country)) throw notFound('User');
        assertInvitable(user);
        const invitation = await sendInvitation(trx, user, caller);
        await recordAudit(
          trx,
          { actor: caller.user, action: 'user.invitation_resent', entityType: 'user', entityId: user.id, country: user.countryIso3, ip },
          now(),
        );
        return { user: toUserSummary(user), invitation };
      });
    },

    /** A change of role, scope or status ends the user's sessions, so old privileges do not linger. */
    async update(admin: ResolvedSession, userId: string, body: UpdateUserBody, ip: string | null = null): Promise<UserSummary> {
      return db.transaction().execute(async (trx) => {
        const current = await findUser(trx, userId);
        if (!current) throw notFound('User');
        if (userId === admin.user.id && (body.disabled || (body.role && body.role !== 'admin'))) {
          throw badRequest('You cannot disable yourself or remove your own admin role', body.disabled ? 'body.disabled' : 'body.role');
        }
        const role = body.role ?? current.role;
        const country = body.country !== undefined ? body.country : role === 'focal_point' ? current.countryIso3 : null;
        if ((role === 'focal_point') !== (country !== null)) throw badRequest('A focal point needs a country, and only a focal point has one', 'body.country');
        const lead = role === 'focal_point' ? (body.lead ?? current.isLead) : false;
        if (body.lead && role !== 'focal_point') throw badRequest('Only a focal point can be a lead focal point', 'body.lead');
        await assertCountry(country, trx);
        const updated = await updateUser(trx, userId, {
          role,
          countryIso3: country,
          isLead: lead,
          ...(body.name ? { name: body.name } : {}),
          ...(body.disabled !== undefined ? { disabledAt: body.disabled ? now() : null } : {}),
        });
        if (role !== current.role || country !== current.countryIso3 || lead !== current.isLead || body.disabled) await endUserSessions(trx, userId);
        await recordAudit(
          trx,
          {
            actor: admin.user,
            action:
              body.disabled === false && current.disabledAt ? 'user.reactivated' : body.disabled && !current.disabledAt ? 'user.deactivated' : 'user.updated',
            entityType: 'user',
            entityId: userId,
            country: country ?? current.countryIso3,
            before: { role: current.role, country: current.countryIso3, lead: current.isLead, disabled: current.disabledAt !== null, name: current.name },
            after: { role, country, lead, disabled: updated.disabledAt !== null, name: updated.name },
            ip,
          },
          now(),
        );
        return toUserSummary(updated);
      });
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;
