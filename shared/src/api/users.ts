import { z } from 'zod';
import { CreateUserBodySchema, InviteUserBodySchema, ListUsersQuerySchema, UpdateUserBodySchema, UserSummarySchema } from '../schemas/auth.ts';
import { defineRoute, type AnyRoute } from './route.ts';

export const UserListSchema = z.object({
  users: z.array(UserSummarySchema),
  /** how many accounts match the filters, over all pages */
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
});
export type UserList = z.infer<typeof UserListSchema>;

export const CreatedUserSchema = z.object({ user: UserSummarySchema, initialPassword: z.string() });
export type CreatedUser = z.infer<typeof CreatedUserSchema>;

export const UpdatedUserSchema = z.object({ user: UserSummarySchema });

export const UserParamsSchema = z.object({ userId: z.uuid() });

export const InvitationSchema = z.object({ user: UserSummarySchema, invitation: z.object({ expiresAt: z.string() }) });
export type Invitation = z.infer<typeof InvitationSchema>;

/** The routes of this room, declared with `defineRoute` (see route.ts). */
export const usersApi = {
  list: defineRoute({
    id: 'listUsers',
    method: 'GET',
    path: '/api/users',
    tag: 'users',
    access: ['admin', 'focal_point'],
    summary: 'Accounts, searched, filtered and paged',
    description: "Admins see every account; a lead focal point sees their own country's team (other focal points get 403).",
    query: ListUsersQuerySchema,
    responses: { 200: UserListSchema },
  }),
  invite: defineRoute({
    id: 'inviteUser',
    method: 'POST',
    path: '/api/users/invitations',
    tag: 'users',
    access: ['admin', 'focal_point'],
    summary: 'Invite someone by email: a one-time link, valid 72 hours, to set their password',
    description:
      'Admins invite anyone; a lead focal point invites focal points of their own country only (403 otherwise). 409 when the email has an account already.',
    body: InviteUserBodySchema,
    examples: {
      analyst: { email: 'analyst@example.org', name: 'Li Wei', role: 'analyst', locale: 'zh' },
      focalPoint: { email: 'focal.sen@example.org', name: 'Awa Diop', role: 'focal_point', country: 'SEN', locale: 'fr', lead: true },
    },
    responses: { 201: InvitationSchema },
    errors: [409],
  }),
  resendInvitation: defineRoute({
    id: 'resendInvitation',
    method: 'POST',
    path: '/api/users/:userId/invitation',
    tag: 'users',
    access: ['admin', 'focal_point'],
    summary: 'Send a new invitation link (the previous one stops working)',
    description: '409 when the invitation was already accepted; a lead focal point may resend to their own country only.',
    params: UserParamsSchema,
    responses: { 200: InvitationSchema },
    errors: [404, 409],
  }),
  create: defineRoute({
    id: 'createUser',
    method: 'POST',
    path: '/api/users',
    tag: 'users',
    access: ['admin'],
    summary: 'Create an account with a password: random, shown once, and to be changed at first sign-in',
    description:
      'A focal point needs a country that exists, and only a focal point has one (400 naming `body.country`); 409 when the email has an account already.',
    body: CreateUserBodySchema,
    examples: {
      focalPoint: { email: 'focal.ken@example.org', name: 'Wanjiru Kamau', role: 'focal_point', country: 'KEN' },
      reviewer: { email: 'reviewer@example.org', name: 'Ana Souza', role: 'reviewer' },
    },
    responses: { 201: CreatedUserSchema },
    errors: [409],
  }),
  update: defineRoute({
    id: 'updateUser',
    method: 'PATCH',
    path: '/api/users/:userId',
    tag: 'users',
    access: ['admin'],
    summary: 'Change a role, a country scope or the lead mark, or deactivate and reactivate an account (a change of role, country or status ends its sessions)',
    description: 'You cannot disable yourself or remove your own admin role (400).',
    params: UserParamsSchema,
    body: UpdateUserBodySchema,
    examples: { toReviewer: { role: 'reviewer', country: null }, disable: { disabled: true }, rename: { name: 'Wanjiru K.' } },
    responses: { 200: UpdatedUserSchema },
    errors: [404],
  }),
} satisfies Record<string, AnyRoute>;

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const usersComponents: Readonly<Record<string, z.ZodType>> = { UserSummary: UserSummarySchema, Invitation: InvitationSchema };
