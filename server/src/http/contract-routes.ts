import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import type { z } from 'zod';
import { isMultipart, type AnyRoute, type RouteInput, type SuccessBody } from '@gci/shared';
import type { ResolvedSession } from '../modules/auth/sessions.ts';
import { requireAuth } from './authenticate.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** the contract a route was registered from; every /api route has one */
    contract?: AnyRoute;
  }
}

/** The caller: always there behind a route that needs a session. */
type AuthOf<R extends AnyRoute> = R['access'] extends 'public' ? ResolvedSession | null : ResolvedSession;

export interface HandlerContext<R extends AnyRoute> extends RouteInput<R> {
  auth: AuthOf<R>;
  /** the client's address (from X-Forwarded-For only behind a trusted proxy) */
  ip: string;
  request: FastifyRequest;
  reply: FastifyReply;
}

/**
 * Returns the body of the route's success response (sent with the contract's status: 201 for a
 * creation, nothing for 204), or the reply itself once it has sent something else (cached bytes, a file).
 */
export type Handler<R extends AnyRoute> = (context: HandlerContext<R>) => Promise<SuccessBody<R> | FastifyReply> | SuccessBody<R> | FastifyReply;

export type RouteRegistrar = <R extends AnyRoute>(route: R, handler: NoInfer<Handler<R>>) => void;

/** The schemas Fastify validates requests with and serialises JSON responses with. */
function fastifySchemaOf(route: AnyRoute): FastifySchema {
  const response: Record<number, z.ZodType> = {};
  for (const [status, content] of Object.entries(route.responses)) if (content.kind === 'json') response[Number(status)] = content.schema;
  return {
    ...(route.params ? { params: route.params } : {}),
    ...(route.query ? { querystring: route.query } : {}),
    // a header schema names the headers a route reads; the others must stay on the request
    ...(route.headers ? { headers: route.headers.loose() } : {}),
    ...(route.body && !isMultipart(route.body) ? { body: route.body } : {}),
    response,
  };
}

function register<R extends AnyRoute>(app: FastifyInstance, route: R, handler: Handler<R>): void {
  app.route({
    method: route.method,
    url: route.path,
    schema: fastifySchemaOf(route),
    config: { contract: route },
    handler: async (request, reply) => {
      const context = {
        params: request.params,
        query: request.query,
        headers: request.headers,
        body: request.body,
        auth: route.access === 'public' ? request.auth : requireAuth(request),
        ip: request.ip,
        request,
        reply,
      } as HandlerContext<R>;
      const result = await handler(context);
      if (result === reply || reply.sent) return reply;
      void reply.status(route.successStatus);
      return route.responses[route.successStatus]?.kind === 'empty' ? reply.send() : result;
    },
  });
}

/**
 * A Fastify plugin registering routes from their contracts in `shared/src/api/`:
 * `contractRoutes<{ answers: AnswersService }>((route, { answers }) => { route(answersApi.save, (c) => …) })`.
 */
export function contractRoutes<Options extends object>(declare: (route: RouteRegistrar, options: Options) => void): FastifyPluginAsync<Options> {
  return (app, options) => {
    declare((route, handler) => register(app, route, handler), options);
    return Promise.resolve();
  };
}
