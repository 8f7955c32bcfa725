import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateUserBodySchema, ErrorBodySchema, UpdateUserBodySchema, UserSummarySchema } from '@gci/shared';
import { requireAuth } from '../../http/authenticate.ts';
import type { UsersService } from './users.service.ts';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const usersRoutes: FastifyPluginAsyncZod<{ users: UsersService }> = async (app, { users }) => {
  const tags = ['users'];
  app.get('/api/users', { schema: { tags, summary: 'Every account (admins)', response: { 200: z.object({ users: z.array(UserSummarySchema) }), ...errors } } }, async () => ({
    users: await users.list(),
  }));

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Create an account; the initial password is random, shown once, and must be changed',
        body: CreateUserBodySchema,
        response: { 201: z.object({ user: UserSummarySchema, initialPassword: z.string() }), ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await users.create(requireAuth(request), request.body, request.ip)),
  );

  app.patch(
    '/api/users/:userId',
    {
      schema: {
        tags,
        summary: 'Change a role, a country scope, or disable an account (ends its sessions)',
        params: z.object({ userId: z.uuid() }),
        body: UpdateUserBodySchema,
        response: { 200: z.object({ user: UserSummarySchema }), ...errors },
      },
    },
    async (request) => ({ user: await users.update(requireAuth(request), request.params.userId, request.body, request.ip) }),
  );
};
