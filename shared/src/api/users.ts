import { z } from 'zod';
import { CreateUserBodySchema, UpdateUserBodySchema, UserSummarySchema } from '../schemas/auth.ts';
import { defineRoute, type AnyRoute } from './route.ts';

export const UserListSchema = z.object({ users: z.array(UserSummarySchema) });
export type UserList = z.infer<typeof UserListSchema>;

export const CreatedUserSchema = z.object({ user: UserSummarySchema, initialPassword: z.string() });
export type CreatedUser = z.infer<typeof CreatedUserSchema>;

export const UpdatedUserSchema = z.object({ user: UserSummarySchema });

export const UserParamsSchema = z.object({ userId: z.uuid() });

/** The routes of this room, declared with `defineRoute` (see route.ts). */
export const usersApi = {
  list: defineRoute({
    id: 'listUsers',
    method: 'GET',
    path: '/api/users',
    tag: 'users',
    access: ['admin'],
    summary: 'Every account, by email',
    responses: { 200: UserListSchema },
  }),
  create: defineRoute({
    id: 'createUser',
    method: 'POST',
    path: '/api/users',
    tag: 'users',
    access: ['admin'],
    summary: 'Create an account; the initial password is random, shown once, and must be changed',
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
    summary: 'Change a role, a country scope, or disable an account (ends its sessions)',
    description: 'You cannot disable yourself or remove your own admin role (400).',
    params: UserParamsSchema,
    body: UpdateUserBodySchema,
    examples: { toReviewer: { role: 'reviewer', country: null }, disable: { disabled: true }, rename: { name: 'Wanjiru K.' } },
    responses: { 200: UpdatedUserSchema },
    errors: [404],
  }),
} satisfies Record<string, AnyRoute>;

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const usersComponents: Readonly<Record<string, z.ZodType>> = { UserSummary: UserSummarySchema };
