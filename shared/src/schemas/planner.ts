import { z } from 'zod';
import { ASSISTANCE_STATUSES } from '../planner/assistance-states.ts';
import { Iso3Schema } from './country.ts';
import { LocalizedStringSchema } from './locale.ts';
import { PracticeItemSchema, PracticeLanguageSchema } from './practice.ts';
import { NodeKeySchema } from './question-parts.ts';
import { RegionSchema } from './region.ts';
import { StorableTextSchema } from './storable-text.ts';

/** How a capacity-building programme is given. */
export const PROGRAMME_FORMATS = ['online', 'in_person', 'blended', 'self_paced'] as const;
export const ProgrammeFormatSchema = z.enum(PROGRAMME_FORMATS);
export type ProgrammeFormat = z.infer<typeof ProgrammeFormatSchema>;

const Text = (max: number) => StorableTextSchema.pipe(z.string().trim().min(1).max(max));
/** Only web addresses: a `javascript:` or `data:` link would run in whoever opens the plan. */
export const HttpLinkSchema = z
  .string()
  .max(2000)
  .refine((s) => {
    try {
      return ['http:', 'https:'].includes(new URL(s).protocol);
    } catch {
      return false;
    }
  }, 'an http(s) address');

/** A programme of the capacity-building catalogue, as an administrator writes it. */
export const ProgrammeBodySchema = z
  .object({
    title: Text(200),
    provider: Text(200),
    description: StorableTextSchema.pipe(z.string().max(4000)).default(''),
    /** methodology indicator keys the programme helps with */
    indicators: z.array(NodeKeySchema).min(1).max(50),
    /** empty: open to every region */
    regions: z.array(RegionSchema).max(6).default([]),
    languages: z.array(PracticeLanguageSchema).min(1).max(20),
    format: ProgrammeFormatSchema,
    link: HttpLinkSchema.nullable().default(null),
  })
  .strict();
export type ProgrammeBody = z.input<typeof ProgrammeBodySchema>;

export const ProgrammeSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  provider: z.string(),
  description: z.string(),
  indicators: z.array(z.string()),
  regions: z.array(RegionSchema),
  languages: z.array(z.string()),
  format: ProgrammeFormatSchema,
  link: z.string().nullable(),
  updatedAt: z.string(),
});
export type Programme = z.infer<typeof ProgrammeSchema>;
export const ProgrammeListSchema = z.object({ programmes: z.array(ProgrammeSchema) });

export const AssistanceStatusSchema = z.enum(ASSISTANCE_STATUSES);

export const AssistanceCommentSchema = z.object({
  id: z.uuid(),
  authorName: z.string(),
  authorRole: z.string(),
  body: z.string(),
  createdAt: z.string(),
});

/** A country's request for help with one indicator. */
export const AssistanceRequestSchema = z.object({
  id: z.uuid(),
  iso3: Iso3Schema,
  indicatorKey: z.string(),
  status: AssistanceStatusSchema,
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  comments: z.array(AssistanceCommentSchema),
});
export type AssistanceRequest = z.infer<typeof AssistanceRequestSchema>;
export const AssistanceRequestListSchema = z.object({ requests: z.array(AssistanceRequestSchema) });

export const AssistanceRequestBodySchema = z.object({ indicatorKey: NodeKeySchema, note: StorableTextSchema.pipe(z.string().max(4000)).default('') }).strict();
export const AssistanceTransitionBodySchema = z
  .object({ to: AssistanceStatusSchema, comment: StorableTextSchema.pipe(z.string().max(4000)).optional() })
  .strict();
export const AssistanceCommentBodySchema = z.object({ body: Text(4000) }).strict();

/** A country that offers to share how it meets an indicator. */
export const PeerSchema = z.object({ iso3: Iso3Schema, names: LocalizedStringSchema, region: RegionSchema });
export type Peer = z.infer<typeof PeerSchema>;

export const PeerOfferBodySchema = z.object({ offered: z.boolean() }).strict();
export const PeerOffersSchema = z.object({ indicators: z.array(z.string()) });

/** One indicator the country does not meet, with what could help. */
export const ActionGapSchema = z.object({
  indicatorKey: z.string(),
  pillarKey: z.string(),
  title: LocalizedStringSchema,
  score: z.number().nullable(),
  /** answering its questions in full is on the shortest path to the next tier */
  towardsNextTier: z.boolean(),
  /** those questions, in the order of the path */
  steps: z.array(z.string()),
  programmes: z.array(ProgrammeSchema),
  examples: z.array(PracticeItemSchema),
  peers: z.array(PeerSchema),
  request: z.object({ id: z.uuid(), status: AssistanceStatusSchema }).nullable(),
});
export type ActionGap = z.infer<typeof ActionGapSchema>;

export const ActionPlanSchema = z.object({
  iso3: Iso3Schema,
  region: RegionSchema,
  /** the latest published cycle the country took part in; null (and no gaps) when none */
  year: z.number().int().nullable(),
  tier: z.number().int().nullable(),
  nextTier: z.number().int().nullable(),
  gaps: z.array(ActionGapSchema),
  /** indicators the country meets in that cycle: it may offer itself as a peer for these */
  met: z.array(z.object({ indicatorKey: z.string(), title: LocalizedStringSchema })),
});
export type ActionPlan = z.infer<typeof ActionPlanSchema>;

/** Demand for analysts: per indicator and region, open requests and countries not meeting it. */
export const DemandCellSchema = z.object({ indicatorKey: z.string(), region: RegionSchema, requests: z.number().int(), unmet: z.number().int() });
export const DemandSchema = z.object({
  year: z.number().int().nullable(),
  indicators: z.array(z.string()),
  /** each indicator's title (the heatmap's and the requests'), from the latest published methodology version that has it */
  titles: z.record(z.string(), LocalizedStringSchema),
  regions: z.array(RegionSchema),
  cells: z.array(DemandCellSchema),
});
export type Demand = z.infer<typeof DemandSchema>;
