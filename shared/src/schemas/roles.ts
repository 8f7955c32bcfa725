import { z } from 'zod';

export const ROLES = ['admin', 'analyst', 'reviewer', 'focal_point'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Roles that must use a second factor (TOTP); optional for focal points. */
export const MFA_REQUIRED_ROLES: readonly Role[] = ['admin', 'analyst', 'reviewer'];
