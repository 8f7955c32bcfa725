import { z } from 'zod';
import { CountrySchema, Iso3Schema } from './country.ts';
import { LocaleSchema, LocalizedStringSchema } from './locale.ts';
import {
  AGGREGATIONS,
  AnswerValueSchema,
  GROUP_KINDS,
  MethodologySchema,
  MISSING_POLICIES,
  NODE_KINDS,
  QuestionTypeSchema,
  StabilityVarySchema,
  WeightDistributionSchema,
  PeerAreaRuleSchema,
} from './methodology.ts';
import { PublishedCycleSchema, TierInfoSchema } from './public-results.ts';
import { RegionSchema } from './region.ts';

/**
 * Responses of the public pages beyond the tier lists (public-results.ts): country profile,
 * methodology, gap analysis, stability, open data and the reproducibility bundle. None carries a
 * rank; countries are listed by code, areas and indicators in methodology order.
 */

const GroupKindSchema = z.enum(GROUP_KINDS);
const NodeKindSchema = z.enum(NODE_KINDS);

// ---- country profile -------------------------------------------------------------------------

export const ProfilePillarSchema = z.object({
  key: z.string(),
  name: LocalizedStringSchema,
  /** 0 – max (20 in the GCI) */
  score: z.number(),
  max: z.number(),
  tier: z.number().int(),
  /** mean pillar score of the countries of the same ITU region (this one included), null when none */
  regionAverage: z.number().nullable(),
});
export type ProfilePillar = z.infer<typeof ProfilePillarSchema>;

/** A pillar or indicator compared with the country's peers (the engine's strengthsAndGrowth). */
export const PeerAreaSchema = z.object({
  key: z.string(),
  kind: GroupKindSchema,
  pillarKey: z.string(),
  title: LocalizedStringSchema,
  /** normalised 0–1 */
  score: z.number(),
  /** the average it is compared with under the rule, 0–1 */
  average: z.number(),
  /** means of its region's / its tier's countries (itself in or out as the rule says), 0–1 */
  regionAverage: z.number().nullable(),
  tierAverage: z.number().nullable(),
});
export type PeerArea = z.infer<typeof PeerAreaSchema>;

/** One action of the distance to the next tier: answer this question in full. */
export const GapActionSchema = z.object({
  questionKey: z.string(),
  pillarKey: z.string(),
  title: LocalizedStringSchema,
  /** points before (null: unanswered) and what a full answer earns */
  pointsBefore: z.number().nullable(),
  maxPoints: z.number(),
  /** overall points (0–100) this action adds after the ones before it */
  gain: z.number(),
  overallAfter: z.number(),
  /** the earlier action whose answer made this question appear */
  revealedBy: z.string().nullable(),
});
export type GapAction = z.infer<typeof GapActionSchema>;

export const DistanceToNextTierSchema = z.object({
  nextTier: z.number().int().nullable(),
  nextTierMin: z.number().nullable(),
  /** overall points missing to reach nextTierMin */
  gap: z.number(),
  /** false for the best tier, or when full answers everywhere would still fall short */
  reachable: z.boolean(),
  /** in the order they are applied; every one is needed */
  steps: z.array(GapActionSchema),
});
export type DistanceToNextTierView = z.infer<typeof DistanceToNextTierSchema>;

export const QuestionStatusSchema = z.enum(['answered', 'missing', 'hidden', 'unscored']);

/** An answer as published: the value, and the option labels for choice questions. Free text is never shown. */
export const TraceAnswerSchema = z.object({
  value: AnswerValueSchema,
  labels: z.array(LocalizedStringSchema),
});
export type TraceAnswer = z.infer<typeof TraceAnswerSchema>;

/**
 * One node of the answer-to-tier trace, in methodology pre-order (parents before children):
 * points / maxPoints × effectiveWeight × 100 = contribution to the overall score.
 */
export const TraceRowSchema = z.object({
  key: z.string(),
  parentKey: z.string().nullable(),
  depth: z.number().int().min(0),
  kind: NodeKindSchema,
  title: LocalizedStringSchema,
  /** 0–1, null when nothing below it is scored */
  normalized: z.number().nullable(),
  /** share of its scored siblings (0–1) */
  weight: z.number(),
  /** share of the overall score (0–1) */
  effectiveWeight: z.number(),
  /** points of the overall score (0–100) */
  contribution: z.number(),
  /** groups, when the version has a minimum coverage under 'exclude': the answered share of the group's weight (0–1) */
  answeredShare: z.number().nullable().optional(),
  /** groups: true when it (or a group above it) was below the minimum coverage, so its unanswered questions scored 0 */
  belowMinCoverage: z.boolean().optional(),
  question: z
    .object({
      type: QuestionTypeSchema,
      status: QuestionStatusSchema,
      answer: TraceAnswerSchema.nullable(),
      points: z.number().nullable(),
      maxPoints: z.number(),
    })
    .nullable(),
});
export type TraceRow = z.infer<typeof TraceRowSchema>;

/** A published evidence link (uploaded files are never public). */
export const EvidenceLinkSchema = z.object({ questionKey: z.string(), title: z.string(), url: z.string() });
export type EvidenceLink = z.infer<typeof EvidenceLinkSchema>;

export const TierHistoryEntrySchema = z.object({
  year: z.number().int(),
  cycleName: z.string(),
  methodologyKey: z.string(),
  tier: z.number().int(),
  isDemo: z.boolean(),
  /** 0–100, as published in that cycle */
  overall: z.number(),
  /** the pillars of that cycle's methodology (they may differ between editions), each 0 – max */
  pillars: z.array(z.object({ key: z.string(), name: LocalizedStringSchema, score: z.number(), max: z.number() })),
});
export type TierHistoryEntry = z.infer<typeof TierHistoryEntrySchema>;

export const CountryStabilitySchema = z.object({
  /** share of weight draws that keep the published tier, 0–1 */
  probability: z.number(),
  /** 5th–95th percentile of the overall score over the draws */
  p5: z.number(),
  p95: z.number(),
  draws: z.number().int(),
  /** how the weights were drawn (the methodology's stability settings) */
  vary: StabilityVarySchema,
  distribution: WeightDistributionSchema,
});

export const CountryProfileSchema = z.object({
  cycle: PublishedCycleSchema,
  tiers: z.array(TierInfoSchema),
  country: CountrySchema,
  overall: z.number(),
  tier: z.number().int(),
  coverage: z.number(),
  pillars: z.array(ProfilePillarSchema),
  strengths: z.array(PeerAreaSchema),
  growth: z.array(PeerAreaSchema),
  /** the rule the two lists follow, and the points of a pillar its margin is counted in */
  peerRule: PeerAreaRuleSchema.extend({ pillarMax: z.number() }),
  /** null when the stored answers no longer reproduce the publication */
  distance: DistanceToNextTierSchema.nullable(),
  trace: z.array(TraceRowSchema),
  evidence: z.array(EvidenceLinkSchema),
  /** the country's tier, overall and pillar scores in every published cycle, by year */
  history: z.array(TierHistoryEntrySchema),
  stability: CountryStabilitySchema.nullable(),
});
export type CountryProfile = z.infer<typeof CountryProfileSchema>;

// ---- methodology -----------------------------------------------------------------------------

export const MethodologyRowSchema = z.object({
  key: z.string(),
  parentKey: z.string().nullable(),
  depth: z.number().int().min(0),
  kind: NodeKindSchema,
  title: LocalizedStringSchema,
  /** the weight as configured */
  weight: z.number(),
  /** normalised share among its scored siblings, 0–1 */
  share: z.number(),
  /** share of the overall score, 0–1 */
  overallShare: z.number(),
  question: z
    .object({
      type: QuestionTypeSchema,
      scored: z.boolean(),
      maxPoints: z.number(),
      partialCredit: z.number().nullable(),
      options: z.array(z.object({ key: z.string(), label: LocalizedStringSchema, points: z.number() })),
      goalposts: z.object({ lower: z.number(), upper: z.number() }).nullable(),
      conditional: z.boolean(),
    })
    .nullable(),
});
export type MethodologyRow = z.infer<typeof MethodologyRowSchema>;

export const METHODOLOGY_CHANGES = ['added', 'removed', 'moved', 'reweighted', 'rescored', 'reworded'] as const;
export const MethodologyChangeSchema = z.object({
  change: z.enum(METHODOLOGY_CHANGES),
  key: z.string(),
  kind: NodeKindSchema,
  title: LocalizedStringSchema,
  /** raw weights, for 'reweighted' */
  from: z.number().nullable(),
  to: z.number().nullable(),
});
export type MethodologyChange = z.infer<typeof MethodologyChangeSchema>;

export const StabilitySummarySchema = z.object({
  draws: z.number().int(),
  seed: z.number().int(),
  /** what varied and how (the methodology's stability settings) */
  vary: StabilityVarySchema,
  distribution: WeightDistributionSchema,
  /** a country's tier counts as stable when its probability is at least this */
  threshold: z.number(),
  stable: z.number().int(),
  total: z.number().int(),
  byTier: z.array(z.object({ tier: z.number().int(), countries: z.number().int(), stable: z.number().int() })),
  /** by country code */
  countries: z.array(z.object({ iso3: Iso3Schema, nominalTier: z.number().int(), probability: z.number(), p5: z.number(), p95: z.number() })),
});
export type StabilitySummary = z.infer<typeof StabilitySummarySchema>;

export const PublicMethodologySchema = z.object({
  cycle: PublishedCycleSchema,
  methodology: z.object({
    key: z.string(),
    name: LocalizedStringSchema,
    edition: z.number().int(),
    pillarMax: z.number(),
    aggregation: z.enum(AGGREGATIONS),
    missingPolicy: z.enum(MISSING_POLICIES),
    /** under 'exclude': the answered share of weight (0–1) a group needs to be scored from its answers; 0 = none (always 0 under 'zero') */
    minCoverage: z.number().min(0).max(1),
    /** the rule of strengths and areas for growth, defaults filled in */
    peerAreas: PeerAreaRuleSchema,
  }),
  tiers: z.array(TierInfoSchema),
  rows: z.array(MethodologyRowSchema),
  /** the previous published edition and what changed since, null for the first one */
  previous: z
    .object({
      year: z.number().int(),
      cycleName: z.string(),
      methodologyKey: z.string(),
      sameVersion: z.boolean(),
      changes: z.array(MethodologyChangeSchema),
      thresholdsChanged: z.boolean(),
      settingsChanged: z.array(z.string()),
    })
    .nullable(),
  stability: StabilitySummarySchema,
});
export type PublicMethodology = z.infer<typeof PublicMethodologySchema>;

// ---- gap analysis ----------------------------------------------------------------------------

export const GapCountsSchema = z.object({
  /** countries with a score for the indicator */
  assessed: z.number().int(),
  notMeeting: z.number().int(),
  /** notMeeting / assessed, null when none is assessed */
  share: z.number().nullable(),
  /** by code */
  countries: z.array(Iso3Schema),
});
export type GapCountsView = z.infer<typeof GapCountsSchema>;

export const PublicIndicatorGapSchema = GapCountsSchema.extend({
  key: z.string(),
  kind: GroupKindSchema,
  pillarKey: z.string(),
  title: LocalizedStringSchema,
  byRegion: z.array(GapCountsSchema.extend({ region: RegionSchema })),
});
export type PublicIndicatorGap = z.infer<typeof PublicIndicatorGapSchema>;

export const GapAnalysisSchema = z.object({
  cycle: PublishedCycleSchema,
  /** an indicator is met at a normalised score of at least this */
  threshold: z.number(),
  regions: z.array(RegionSchema),
  pillars: z.array(z.object({ key: z.string(), name: LocalizedStringSchema })),
  /** methodology order */
  indicators: z.array(PublicIndicatorGapSchema),
});
export type GapAnalysis = z.infer<typeof GapAnalysisSchema>;

// ---- open data -------------------------------------------------------------------------------

export const OpenDataCountrySchema = z.object({
  iso3: Iso3Schema,
  name: z.string(),
  region: RegionSchema,
  tier: z.number().int(),
  tierName: z.string(),
  overall: z.number(),
  /** pillar key → score (0 – pillar max) */
  pillars: z.record(z.string(), z.number()),
});
export type OpenDataCountry = z.infer<typeof OpenDataCountrySchema>;

/** The JSON download of a published cycle; the CSV download has the same rows. */
export const OpenDataSchema = z.object({
  cycle: z.object({
    year: z.number().int(),
    name: z.string(),
    isDemo: z.boolean(),
    publishedAt: z.string(),
    methodologyKey: z.string(),
    publicationId: z.string(),
  }),
  language: LocaleSchema,
  tiers: z.array(z.object({ tier: z.number().int(), name: z.string(), min: z.number(), max: z.number() })),
  pillars: z.array(z.object({ key: z.string(), name: z.string(), max: z.number() })),
  /** by code */
  countries: z.array(OpenDataCountrySchema),
});
export type OpenData = z.infer<typeof OpenDataSchema>;

export const REPRODUCIBILITY_FORMAT = 'gci-reproducibility-bundle/1';

/**
 * Everything needed to recompute a publication: the methodology version and, per country, the
 * answers that were scored (`npm run gci -- score <bundle.json>`), with the published figures to check against.
 */
export const ReproducibilityBundleSchema = z.object({
  format: z.literal(REPRODUCIBILITY_FORMAT),
  cycle: z.object({ year: z.number().int(), name: z.string(), isDemo: z.boolean() }),
  publication: z.object({ id: z.string(), publishedAt: z.string(), contentHash: z.string(), methodologyHash: z.string() }),
  methodology: MethodologySchema,
  countries: z.array(z.object({ iso3: Iso3Schema, region: RegionSchema, answers: z.record(z.string(), AnswerValueSchema) })),
  published: z.array(
    z.object({
      iso3: Iso3Schema,
      overall: z.number(),
      tier: z.number().int(),
      pillars: z.array(z.object({ key: z.string(), score: z.number(), tier: z.number().int() })),
    }),
  ),
});
export type ReproducibilityBundle = z.infer<typeof ReproducibilityBundleSchema>;
