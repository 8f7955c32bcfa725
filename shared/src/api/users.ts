import { z } from 'zod';
import { CreateUserBodySchema, InviteUserBodySchema, ListUsersQuerySchema, UpdateUserBodySchema, UserSummarySchema } from '../schemas/auth.ts';
import { routeGroup, type RouteDocs, type AnyRoute } from './route.ts';

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

export const InvitationSchema = z.object({ user: UserSummarySchema, invitation: z.object({ expiresAt: z.string() }) });
export type Invitation = z.infer<typeof InvitationSchema>;

const docs = {
  listUsers: {
    summary: 'Accounts, searched, filtered and paged',
    description: "Admins see every account; a lead focal point sees their own country's team (other focal points get 403).",
  },
  inviteUser: {
    summary: 'Invite someone by email: a one-time link, valid 72 hours, to set their password',
    description: 'Admins invite anyone; a lead focal point invites focal points of their own country only (403 otherwise). 409 when the email has an account already.',
    examples: {
      analyst: { email: 'analyst@example.org', name: 'Li Wei', role: 'analyst', locale: 'zh' },
      focalPoint: { email: 'focal.sen@example.org', name: 'Awa Diop', role: 'focal_point', country: 'SEN', locale: 'fr', lead: true },
    },
  },
  resendInvitation: {
    summary: 'Send a new invitation link (the previous one stops working)',
    description: '409 when the invitation was already accepted; a lead focal point may resend to their own country only.',
  },
  createUser: {
    summary: 'Create an account with a password: random, shown once, and to be changed at first sign-in',
    description: 'A focal point needs a country that exists, and only a focal point has one (400 naming `body.country`); 409 when the email has an account already.',
    examples: {
      focalPoint: { email: 'focal.ken@example.org', name: 'Wanjiru Kamau', role: 'focal_point', country: 'KEN' },
      reviewer: { email: 'reviewer@example.org', name: 'Ana Souza', role: 'reviewer' },
    },
  },
  updateUser: {
    summary: 'Change a role, a country scope or the lead mark, or deactivate and reactivate an account (a change of role, country or status ends its sessions)',
    description: 'You cannot disable yourself or remove your own admin role (400).',
    examples: { toReviewer: { role: 'reviewer', country: null }, disable: { disabled: true }, rename: { name: 'Wanjiru K.' } },
  },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'users', access: ['admin', 'focal_point'], docs });

/** The routes of this room, one a line (what each does for the API document is in `docs` above). */
export const usersApi = {
  list: route.get('/api/users', { id: 'listUsers', query: ListUsersQuerySchema, responses: { 200: UserListSchema } }),
  invite: route.post('/api/users/invitations', { id: 'inviteUser', body: InviteUserBodySchema, responses: { 201: InvitationSchema }, errors: [409] }),
  resendInvitation: route.post('/api/users/:userId/invitation', { id: 'resendInvitation', responses: { 200: InvitationSchema }, errors: [409] }),
  create: route.post('/api/users', { id: 'createUser', access: ['admin'], body: CreateUserBodySchema, responses: { 201: CreatedUserSchema }, errors: [409] }),
  update: route.patch('/api/users/:userId', { id: 'updateUser', access: ['admin'], body: UpdateUserBodySchema, responses: { 200: UpdatedUserSchema } }),
} satisfies Record<string, AnyRoute>;

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const usersComponents: Readonly<Record<string, z.ZodType>> = { UserSummary: UserSummarySchema, Invitation: InvitationSchema };
