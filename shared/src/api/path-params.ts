import { z } from 'zod';
import { NodeKeySchema } from '../schemas/question-parts.ts';

/**
 * Every parameter a route path may hold, validated the same way wherever it appears: a route's
 * `params` are derived from its path, so `/api/cycles/:cycleId` and `/api/cycles/:cycleId/close`
 * cannot disagree on what a cycle id is.
 */
export const PATH_PARAMS = {
  assessmentId: z.uuid(),
  commentId: z.uuid(),
  cycleId: z.uuid(),
  evidenceId: z.uuid(),
  indicatorKey: NodeKeySchema,
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'an ISO 3166-1 alpha-3 code')
    .transform((s) => s.toUpperCase()),
  mailId: z.uuid(),
  otherId: z.uuid(),
  programmeId: z.uuid(),
  questionKey: NodeKeySchema,
  requestId: z.uuid(),
  scenarioId: z.uuid(),
  threadId: z.uuid(),
  userId: z.uuid(),
  versionId: z.uuid(),
  year: z.coerce.number().int().min(2000).max(2100),
} as const;
export type PathParamName = keyof typeof PATH_PARAMS;

/** The `:name` segments of a Fastify-style path, as a union of names. */
export type ParamNamesOf<P extends string> = P extends `${string}:${infer Name}/${infer Rest}` ? Name | ParamNamesOf<`/${Rest}`> : P extends `${string}:${infer Name}` ? Name : never;

/** The params schema of a path, or undefined for a path without parameters. */
export type PathParamsSchema<P extends string> = [ParamNamesOf<P>] extends [never] ? undefined : z.ZodObject<{ [K in ParamNamesOf<P> & PathParamName]: (typeof PATH_PARAMS)[K] }>;

export function pathParamsOf(path: string): z.ZodObject | undefined {
  const names = [...path.matchAll(/:([A-Za-z0-9]+)/g)].map((m) => m[1] as string);
  if (names.length === 0) return undefined;
  const shape: Record<string, z.ZodType> = {};
  for (const name of names) {
    const schema = (PATH_PARAMS as Record<string, z.ZodType>)[name];
    if (!schema) throw new Error(`Path ${path}: no schema for :${name} in PATH_PARAMS`);
    shape[name] = schema;
  }
  return z.object(shape);
}
