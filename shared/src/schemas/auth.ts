import { z } from 'zod';
import { Iso3Schema } from './country.ts';
import { RoleSchema } from './roles.ts';
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
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  country: Iso3Schema.nullable(),
  mfaEnabled: z.boolean(),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

export const SessionInfoSchema = z.object({
  user: SessionUserSchema,
  /** send it back in the `x-csrf-token` header of every state-changing request */
  csrfToken: z.string(),
  /** 'mfa_required': enter a code; 'mfa_setup_required': enrol an authenticator first */
  stage: z.enum(['active', 'mfa_required', 'mfa_setup_required']),
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
  })
  .strict();
export type UpdateUserBody = z.infer<typeof UpdateUserBodySchema>;

export const UserSummarySchema = SessionUserSchema.extend({ disabled: z.boolean(), createdAt: z.string() });
export type UserSummary = z.infer<typeof UserSummarySchema>;
