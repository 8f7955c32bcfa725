import type { z } from 'zod';
import { ErrorBodySchema } from '../schemas/error.ts';
import type { Role } from '../schemas/roles.ts';
import { pathParamsOf, type PathParamsSchema } from './path-params.ts';
import type { ApiTag } from './tags.ts';

/**
 * One HTTP route, declared once: the server registers it, the web client calls it, the OpenAPI
 * document is generated from it, and the server's test suite checks every real response against it.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route (the door; object-level scope, such as a focal point's own country, is the
 * service's job behind it):
 * - 'public': anyone, signed in or not
 * - 'pending': a signed-in session that may still owe its second factor (sign-in steps only)
 * - 'verified': a session past its second factor that may still owe a password change (changing it)
 * - 'signed_in': any fully signed-in user
 * - Role[]: fully signed-in users with one of these roles
 */
export type Access = 'public' | 'pending' | 'verified' | 'signed_in' | readonly Role[];

/** A JSON body described by a zod schema. */
export interface JsonContent<S extends z.ZodType = z.ZodType> {
  kind: 'json';
  schema: S;
  description?: string;
}
/** No body at all (204, 304). */
export interface EmptyContent {
  kind: 'empty';
  description: string;
}
/** Text in a declared media type, such as CSV. */
export interface TextContent {
  kind: 'text';
  mediaType: string;
  description: string;
}
/** A file of any media type, sent as an attachment. */
export interface FileContent {
  kind: 'file';
  description: string;
}
export type ResponseContent = JsonContent | EmptyContent | TextContent | FileContent;

/** A multipart/form-data body: one required file part and some text fields. */
export interface MultipartBody<F extends z.ZodObject = z.ZodObject> {
  kind: 'multipart';
  file: string;
  fields: F;
  description: string;
}

type Responses = Readonly<Record<number, ResponseContent | z.ZodType>>;

/** What a route file declares; `defineRoute` derives the rest. */
export interface RouteSpec {
  /** the OpenAPI operationId, camelCase and unique: `saveAnswer` */
  id: string;
  method: HttpMethod;
  /** Fastify-style path: `/api/assessments/:assessmentId` */
  path: `/api/${string}`;
  tag: ApiTag;
  summary: string;
  description?: string;
  access: Access;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  body?: z.ZodType | MultipartBody;
  /** the success response(s) and any status particular to this route; the common error statuses are added */
  responses: Responses;
  /** statuses answered with an error body that this route gives for reasons of its own (409, 422…; 404 comes with a path parameter) */
  errors?: readonly number[];
  /** examples of a valid request body, shown in the document (and checked against the schema by a test) */
  examples?: Readonly<Record<string, unknown>>;
}

export type Route<S extends RouteSpec = RouteSpec> = Readonly<Omit<S, 'responses'>> & {
  /** the path's parameters, each validated as PATH_PARAMS says */
  readonly params: PathParamsSchema<S['path']>;
  /** every status the route answers, the common ones included, normalised */
  readonly responses: Readonly<Record<number, ResponseContent>>;
  /** the declared responses, with their types, for the client and the handlers */
  readonly declared: S['responses'];
  /** the 2xx status the route answers on success */
  readonly successStatus: number;
  /** state-changing requests spend the per-user write budget (429 when spent) */
  readonly rateLimited: boolean;
};
export type AnyRoute = Readonly<Omit<RouteSpec, 'responses'>> & {
  readonly params: z.ZodObject | undefined;
  readonly responses: Readonly<Record<number, ResponseContent>>;
  readonly declared: Responses;
  readonly successStatus: number;
  readonly rateLimited: boolean;
};

export const json = <S extends z.ZodType>(schema: S, description?: string): JsonContent<S> => ({ kind: 'json', schema, description });
export const noContent = (description = 'Done; no content'): EmptyContent => ({ kind: 'empty', description });
export const text = (mediaType: string, description: string): TextContent => ({ kind: 'text', mediaType, description });
export const file = (description: string): FileContent => ({ kind: 'file', description });
export const multipart = <F extends z.ZodObject>(file: string, fields: F, description: string): MultipartBody<F> => ({
  kind: 'multipart',
  file,
  fields,
  description,
});

/** The error statuses every route of a kind may answer, whatever its handler does. */
const COMMON_ERRORS: Readonly<Record<number, string>> = {
  400: 'Invalid input: `field` names the part at fault',
  401: 'Not signed in, or the second factor is still owed',
  403: 'Not allowed for your role, a password still to change (`password_change_required`), or a cross-site or CSRF-less request',
  413: 'The body is too large',
  415: 'The body is not in a media type this route accepts',
  429: 'Too many requests in a short time; see Retry-After',
  503: 'The database is unavailable; see Retry-After',
};

const WRITE_METHODS: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export { isMultipart } from './multipart.ts';

const isContent = (value: ResponseContent | z.ZodType): value is ResponseContent => typeof (value as { kind?: unknown }).kind === 'string' && !('_zod' in value);

/** Which common errors a route can answer, from what it declares. */
function commonErrorsOf(spec: RouteSpec, hasParams: boolean): number[] {
  const statuses: number[] = [503];
  const write = WRITE_METHODS.has(spec.method);
  if (hasParams || spec.query || spec.headers || spec.body) statuses.push(400);
  if (spec.access !== 'public') statuses.push(401);
  // roles are checked at the door (and a password set by an admin must be changed first), every write for CSRF
  if (Array.isArray(spec.access) || spec.access === 'signed_in' || write) statuses.push(403);
  if (spec.body) statuses.push(413, 415);
  if (write) statuses.push(429);
  // a path that names a resource may name one that does not exist (or that the caller may not see)
  if (hasParams) statuses.push(404);
  return statuses;
}

/**
 * Declares a route. Its params come from its path (PATH_PARAMS); the common error statuses (400 on
 * any input, 401/403 by access, 404 with a path parameter, 413/415 on a body, 429 on writes, 503
 * always) are added with the shared error body, so a declaration lists only what is particular to it.
 */
export function defineRoute<const S extends RouteSpec>(spec: S): Route<S> {
  const hasParams = spec.path.includes(':');
  const responses: Record<number, ResponseContent> = {};
  for (const status of [...commonErrorsOf(spec, hasParams), ...(spec.errors ?? [])]) {
    responses[status] = { kind: 'json', schema: ErrorBodySchema, description: COMMON_ERRORS[status] ?? 'See `code` and `message`' };
  }
  for (const [status, value] of Object.entries(spec.responses)) {
    responses[Number(status)] = isContent(value) ? value : { kind: 'json', schema: value };
  }
  const successes = Object.keys(responses)
    .map(Number)
    .filter((s) => s >= 200 && s < 300)
    .sort((a, b) => a - b);
  const successStatus = successes[0];
  if (successStatus === undefined) throw new Error(`Route ${spec.id} declares no 2xx response`);
  const route = { ...spec, responses, declared: spec.responses, successStatus, rateLimited: WRITE_METHODS.has(spec.method) };
  // Built on first use: the server reads it once at registration, the browser never (it fills the path
  // from the caller's values), and building a zod object for every route of a room at import was a
  // good part of a public page's start-up on a phone.
  let params: z.ZodObject | undefined | null = null;
  Object.defineProperty(route, 'params', { enumerable: true, get: () => (params === null ? (params = pathParamsOf(spec.path)) : params) });
  return route as unknown as Route<S>;
}

/** What a route says to people, in the OpenAPI document: kept apart from what it accepts and answers. */
export interface RouteDoc {
  summary: string;
  description?: string;
  /** examples of a valid request body (checked against the schema by a test) */
  examples?: Readonly<Record<string, unknown>>;
}
/** A room's route docs, by operation id. */
export type RouteDocs = Readonly<Record<string, RouteDoc>>;

/** What a route of a group declares: the group gives the method, the tag, the docs and (unless the route says) the access. */
export type GroupRouteSpec<Id extends string = string> = Omit<RouteSpec, 'id' | 'method' | 'path' | 'tag' | 'access' | keyof RouteDoc> & {
  id: Id;
  access?: Access;
};

/**
 * The routes of one resource, one a line: `route.post('/api/users/invitations', { id: 'inviteUser', body, responses })`.
 * The group holds what its routes share (tag, usual access) and their docs by id, so the room reads as a table of
 * routes, and a route without docs is a compile error.
 */
export function routeGroup<const D extends { tag: ApiTag; access?: Access; docs: RouteDocs }>(group: D) {
  type AccessOf<S> = S extends { access: infer A extends Access } ? A : D['access'] & Access;
  const method =
    <M extends HttpMethod>(verb: M) =>
    <const P extends `/api/${string}`, const S extends GroupRouteSpec<keyof D['docs'] & string>>(path: P, spec: S) => {
      const access = spec.access ?? group.access;
      if (access === undefined) throw new Error(`Route ${spec.id}: no access, and its group gives none`);
      type Spec = Omit<S, 'access'> & RouteDoc & { method: M; path: P; tag: D['tag']; access: AccessOf<S> };
      return defineRoute<Spec>({ ...group.docs[spec.id], ...spec, method: verb, path, tag: group.tag, access } as unknown as Spec);
    };
  return { get: method('GET'), post: method('POST'), put: method('PUT'), patch: method('PATCH'), delete: method('DELETE') };
}

// ——— types the server and the client derive from a route ———

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;
type In<T> = T extends z.ZodType ? z.input<T> : undefined;

/** The body a declared response carries, as the server produces it and the client receives it. */
export type ContentBody<C> = C extends z.ZodType ? z.output<C> : C extends JsonContent<infer S> ? z.output<S> : C extends TextContent ? string : C extends FileContent ? Blob : void;

type SuccessKeys<R extends AnyRoute> = Extract<keyof R['declared'], 200 | 201 | 202 | 204>;

/** The body of the route's success response(s). */
export type SuccessBody<R extends AnyRoute> = { [K in SuccessKeys<R>]: ContentBody<R['declared'][K]> }[SuccessKeys<R>];

/** What a handler receives after validation. */
export interface RouteInput<R extends AnyRoute> {
  params: Out<R['params']>;
  query: Out<R['query']>;
  headers: Out<R['headers']>;
  body: R['body'] extends MultipartBody ? undefined : Out<R['body']>;
}

type MultipartInput<M> = M extends MultipartBody<infer F> ? z.input<F> & { file: Blob; fileName?: string } : never;

/** What a caller sends; parts a route does not declare are absent. */
export type ClientInput<R extends AnyRoute> = DropUndefined<{
  params: In<R['params']>;
  query: In<R['query']>;
  headers: In<R['headers']>;
  body: R['body'] extends MultipartBody ? MultipartInput<R['body']> : In<R['body']>;
}>;

type DropUndefined<T> = { [K in keyof T as T[K] extends undefined ? never : K]: T[K] };
