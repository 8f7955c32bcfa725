import { z } from 'zod';
import { Iso3Schema } from './country.ts';
import { LocalizedStringSchema } from './locale.ts';
import { AnswerValueSchema, MethodologySchema, NODE_KINDS, NodeKeySchema } from './methodology.ts';
import { RegionSchema } from './region.ts';
import { PersonRefSchema } from './questionnaire.ts';
import type { MethodologyDiff } from '../workbench/methodology-diff.ts';
import type { Backcast } from '../workbench/backcast.ts';

export const METHODOLOGY_STATUSES = ['draft', 'consultation', 'published', 'archived'] as const;
export const MethodologyStatusSchema = z.enum(METHODOLOGY_STATUSES);
export type MethodologyStatus = z.infer<typeof MethodologyStatusSchema>;

export const MethodologyVersionSummarySchema = z.object({
  id: z.uuid(),
  key: z.string(),
  name: LocalizedStringSchema,
  edition: z.number().int(),
  status: MethodologyStatusSchema,
  revision: z.number().int(),
  contentHash: z.string().nullable(),
  derivedFromId: z.uuid().nullable(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  questions: z.number().int(),
});
export type MethodologyVersionSummary = z.infer<typeof MethodologyVersionSummarySchema>;

export const MethodologyIssueSchema = z.object({ path: z.string(), code: z.string(), message: z.string() });

export const MethodologyVersionDetailSchema = z.object({
  version: MethodologyVersionSummarySchema,
  methodology: MethodologySchema,
  /** validation issues of the stored content (a draft may be saved with issues; publishing needs none) */
  issues: z.array(MethodologyIssueSchema),
});
export type MethodologyVersionDetail = z.infer<typeof MethodologyVersionDetailSchema>;

/** Built-in starting points for a first methodology, when the database has none to clone. */
export const METHODOLOGY_TEMPLATES = ['gci-2024'] as const;
export type MethodologyTemplate = (typeof METHODOLOGY_TEMPLATES)[number];

/** A draft starts from a version (cloned) or from a built-in template: one of the two. */
export const CreateDraftBodySchema = z
  .object({
    fromVersionId: z.uuid().optional(),
    template: z.enum(METHODOLOGY_TEMPLATES).optional(),
    key: NodeKeySchema,
    name: LocalizedStringSchema.optional(),
    edition: z.number().int().min(2000).max(2100).optional(),
  })
  .strict()
  .refine((b) => (b.fromVersionId === undefined) !== (b.template === undefined), {
    message: 'start from a version (fromVersionId) or a template, one of the two',
    path: ['fromVersionId'],
  });
export type CreateDraftBody = z.infer<typeof CreateDraftBodySchema>;
export const SaveMethodologyBodySchema = z.object({ methodology: MethodologySchema, baseRevision: z.number().int().min(1) }).strict();
export const ChangeStatusBodySchema = z.object({ status: MethodologyStatusSchema }).strict();

export const ScenarioOverridesSchema = z
  .object({
    weights: z.record(NodeKeySchema, z.number().min(0).max(1e6)).default({}),
    thresholds: z.record(z.string().regex(/^\d$/), z.number().min(0).max(100)).default({}),
  })
  .strict();

export const ScenarioSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  note: z.string(),
  cycleYear: z.number().int(),
  methodologyVersionId: z.uuid(),
  overrides: ScenarioOverridesSchema,
  createdBy: PersonRefSchema,
  createdAt: z.string(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

export const NewScenarioBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    note: z.string().max(5000).default(''),
    cycleYear: z.number().int(),
    methodologyVersionId: z.uuid(),
    overrides: ScenarioOverridesSchema,
  })
  .strict();

/** Everything the browser needs to rescore a cycle live: the version and every country's answers. */
export const WorkbenchDataSchema = z.object({
  cycle: z.object({ id: z.uuid(), year: z.number().int(), name: z.string(), status: z.string(), isDemo: z.boolean() }),
  versionId: z.uuid(),
  methodology: MethodologySchema,
  countries: z.array(z.object({ iso3: Iso3Schema, region: RegionSchema, names: LocalizedStringSchema, answers: z.record(z.string(), AnswerValueSchema) })),
});
export type WorkbenchData = z.infer<typeof WorkbenchDataSchema>;

export const CONSULTATION_STATUSES = ['open', 'answered', 'taken_into_account', 'not_taken_into_account'] as const;
export const ConsultationCommentSchema = z.object({
  id: z.uuid(),
  nodeKey: z.string().nullable(),
  country: Iso3Schema,
  author: PersonRefSchema,
  body: z.string(),
  createdAt: z.string(),
  status: z.enum(CONSULTATION_STATUSES),
  response: z.string().nullable(),
  respondedBy: PersonRefSchema.nullable(),
  respondedAt: z.string().nullable(),
});
export type ConsultationComment = z.infer<typeof ConsultationCommentSchema>;
export const NewConsultationCommentBodySchema = z
  .object({ nodeKey: NodeKeySchema.nullable().default(null), body: z.string().trim().min(1).max(10_000) })
  .strict();
export const ConsultationResponseBodySchema = z
  .object({ status: z.enum(['answered', 'taken_into_account', 'not_taken_into_account']), response: z.string().trim().min(1, 'give the reason').max(10_000) })
  .strict();

// The engine's results as the API sends them. `satisfies` holds each schema to the engine's type,
// and the server's handler returns that type as the schema's output: neither can drift alone.

const NodeChangeSchema = z.object({ key: z.string(), kind: z.enum(NODE_KINDS) });

/** What changed from one methodology version to another, by node key (see diffMethodologies). */
export const MethodologyDiffSchema = z.object({
  added: z.array(NodeChangeSchema),
  removed: z.array(NodeChangeSchema),
  moved: z.array(NodeChangeSchema.extend({ fromParent: z.string().nullable(), toParent: z.string().nullable() })),
  reweighted: z.array(NodeChangeSchema.extend({ from: z.number(), to: z.number() })),
  rescored: z.array(NodeChangeSchema),
  reworded: z.array(NodeChangeSchema),
  thresholdsChanged: z.boolean(),
  settingsChanged: z.array(z.string()),
}) satisfies z.ZodType<MethodologyDiff>;

const TierScoreSchema = z.object({ overall: z.number(), tier: z.number().int() });

/** An earlier cycle's answers rescored under another version (see backcast). */
export const BackcastSchema = z.object({
  unmatchedNew: z.array(z.string()),
  unmatchedOld: z.array(z.string()),
  comparison: z.object({
    tiers: z.array(z.number().int()),
    matrix: z.array(z.array(z.number().int())),
    changes: z.array(z.object({ country: z.string(), before: TierScoreSchema, after: TierScoreSchema })),
    onlyBefore: z.array(z.string()),
    onlyAfter: z.array(z.string()),
  }),
}) satisfies z.ZodType<Backcast>;
