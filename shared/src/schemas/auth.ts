import { z } from 'zod';
import { Iso3Schema } from './country.ts';
import { RoleSchema } from './roles.ts';
import { LocaleSchema } from './locale.ts';
import { StorableTextSchema } from './storable-text.ts';

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'an email address such as name@example.org' }));

/** ASVS V6.2: at least 12 characters here (8 is the floor), up to 128, no composition rules, never truncated. */
export const PasswordSchema = z.string().min(12, 'at least 12 characters').max(128, 'at most 128 characters');

export const LoginBodySchema = z.object({ email: EmailSchema, password: z.string().min(1).max(128) }).strict();
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const TotpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'a 6-digit code');
export const MfaBodySchema = z
  .object({ code: TotpCodeSchema.optional(), recoveryCode: z.string().trim().min(8).max(40).optional() })
  .strict()
  .refine((b) => Boolean(b.code) !== Boolean(b.recoveryCode), { message: 'give either a code or a recovery code', path: ['code'] });

export const SessionUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  country: Iso3Schema.nullable(),
  mfaEnabled: z.boolean(),
  /** a lead focal point may invite colleagues for the same country */
  lead: z.boolean(),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

export const SessionInfoSchema = z.object({
  user: SessionUserSchema,
  /** send it back in the `x-csrf-token` header of every state-changing request */
  csrfToken: z.string(),
  /**
   * 'mfa_required': enter a code; 'mfa_setup_required': enrol an authenticator first;
   * 'password_change_required': the password was set by someone else, choose your own first
   */
  stage: z.enum(['active', 'mfa_required', 'mfa_setup_required', 'password_change_required']),
  expiresAt: z.string(),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

export const MfaSetupSchema = z.object({ secret: z.string(), otpauthUrl: z.string() });
export type MfaSetup = z.infer<typeof MfaSetupSchema>;
export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

export const ChangePasswordBodySchema = z.object({ currentPassword: z.string().min(1).max(128), newPassword: PasswordSchema }).strict();

export const CreateUserBodySchema = z
  .object({ email: EmailSchema, name: StorableTextSchema.trim().min(1).max(200), role: RoleSchema, country: Iso3Schema.nullable().default(null) })
  .strict()
  .refine((u) => (u.role === 'focal_point') === (u.country !== null), {
    message: 'a focal point needs a country, and only a focal point has one',
    path: ['country'],
  });
export type CreateUserBody = z.infer<typeof CreateUserBodySchema>;

export const UpdateUserBodySchema = z
  .object({
    role: RoleSchema.optional(),
    country: Iso3Schema.nullable().optional(),
    disabled: z.boolean().optional(),
    name: StorableTextSchema.trim().min(1).max(200).optional(),
    lead: z.boolean().optional(),
  })
  .strict();
export type UpdateUserBody = z.infer<typeof UpdateUserBodySchema>;

export const UserStatusSchema = z.enum(['invited', 'active', 'deactivated']);
export type UserStatus = z.infer<typeof UserStatusSchema>;

export const UserSummarySchema = SessionUserSchema.extend({
  disabled: z.boolean(),
  createdAt: z.string(),
  /** invited: the invitation is not yet accepted; deactivated: cannot sign in */
  status: UserStatusSchema,
  locale: LocaleSchema,
  lastSignInAt: z.string().nullable(),
  mustChangePassword: z.boolean(),
});
export type UserSummary = z.infer<typeof UserSummarySchema>;

export const USER_SORTS = ['name', 'email', 'lastSignIn', 'created'] as const;
export const LAST_SIGN_IN_FILTERS = ['never', 'last30Days', 'over90Days'] as const;

export const ListUsersQuerySchema = z
  .object({
    /** words in the name or the email */
    search: StorableTextSchema.trim().max(200).optional(),
    role: RoleSchema.optional(),
    country: Iso3Schema.optional(),
    status: UserStatusSchema.optional(),
    lastSignIn: z.enum(LAST_SIGN_IN_FILTERS).optional(),
    sort: z.enum(USER_SORTS).default('name'),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type ListUsersQuery = z.infer<typeof ListUsersQuerySchema>;

export const InviteUserBodySchema = z
  .object({
    email: EmailSchema,
    name: StorableTextSchema.trim().min(1).max(200),
    role: RoleSchema,
    country: Iso3Schema.nullable().default(null),
    /** the language of the invitation and of later mail */
    locale: LocaleSchema.default('en'),
    lead: z.boolean().default(false),
  })
  .strict()
  .refine((u) => (u.role === 'focal_point') === (u.country !== null), {
    message: 'a focal point needs a country, and only a focal point has one',
    path: ['country'],
  })
  .refine((u) => !u.lead || u.role === 'focal_point', { message: 'only a focal point can be a lead focal point', path: ['lead'] });
export type InviteUserBody = z.infer<typeof InviteUserBodySchema>;

/** A one-time link's secret, as the page read it from the link's fragment. */
export const LinkTokenSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'the code from the link, 43 characters');

export const PasswordResetRequestBodySchema = z.object({ email: EmailSchema }).strict();

export const AccountLinkBodySchema = z.object({ token: LinkTokenSchema }).strict();

export const AccountLinkSchema = z.object({
  purpose: z.enum(['invitation', 'password_reset', 'setup']),
  /** whose account the link sets a password for (none yet for the first admin's setup) */
  email: z.string().nullable(),
  name: z.string().nullable(),
  expiresAt: z.string(),
});
export type AccountLink = z.infer<typeof AccountLinkSchema>;

export const RedeemLinkBodySchema = z
  .object({
    token: LinkTokenSchema,
    password: PasswordSchema,
    /** the first admin's setup link only: who they are */
    email: EmailSchema.optional(),
    name: StorableTextSchema.trim().min(1).max(200).optional(),
  })
  .strict();
export type RedeemLinkBody = z.infer<typeof RedeemLinkBodySchema>;
