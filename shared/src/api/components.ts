import type { z } from 'zod';
import { ErrorBodySchema } from '../schemas/error.ts';
import { LocalizedStringSchema } from '../schemas/locale.ts';
import { GroupNodeSchema, MethodologyNodeSchema, MethodologySchema, QuestionNodeSchema } from '../schemas/methodology.ts';
import { authComponents } from './auth.ts';
import { usersComponents } from './users.ts';
import { countriesComponents } from './countries.ts';
import { auditComponents } from './audit.ts';
import { assessmentsComponents } from './assessments.ts';
import { answersComponents } from './answers.ts';
import { evidenceComponents } from './evidence.ts';
import { reviewComponents } from './review.ts';
import { methodologyComponents } from './methodology.ts';
import { workbenchComponents } from './workbench.ts';
import { cyclesComponents } from './cycles.ts';
import { publicationComponents } from './publication.ts';
import { publicComponents } from './public.ts';
import { mailComponents } from './mail.ts';
import { importsComponents } from './imports.ts';
import { practiceComponents } from './practice.ts';
import { plannerComponents } from './planner.ts';

/** Named everywhere: the error body, and the schemas of more than one room. */
const COMMON: Readonly<Record<string, z.ZodType>> = {
  ErrorBody: ErrorBodySchema,
  LocalizedString: LocalizedStringSchema,
  Methodology: MethodologySchema,
  MethodologyNode: MethodologyNodeSchema,
  GroupNode: GroupNodeSchema,
  QuestionNode: QuestionNodeSchema,
};

/**
 * Schemas that carry a name in the OpenAPI document (`components.schemas`), so that every route
 * refers to them by it. A route's own bodies are named after the route; a schema that two routes
 * return, or that refers to itself, must be named (in its room's `...Components`).
 */
export function namedApiSchemas(): ReadonlyMap<z.ZodType, string> {
  const named = new Map<z.ZodType, string>();
  for (const room of [
    COMMON,
    authComponents,
    usersComponents,
    countriesComponents,
    auditComponents,
    assessmentsComponents,
    answersComponents,
    evidenceComponents,
    reviewComponents,
    methodologyComponents,
    workbenchComponents,
    cyclesComponents,
    publicationComponents,
    publicComponents,
    mailComponents,
    importsComponents,
    practiceComponents,
    plannerComponents,
  ]) {
    for (const [name, schema] of Object.entries(room)) {
      if (named.has(schema) && named.get(schema) !== name) throw new Error(`${name} is also named ${named.get(schema)}`);
      named.set(schema, name);
    }
  }
  return named;
}
