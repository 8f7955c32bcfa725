import { z } from 'zod';
import { CountrySchema } from './country.ts';
import { LocalizedStringSchema } from './locale.ts';

/** Public output never carries a rank: tiers, scores and bands only. */

/** A pillar of the cycle's methodology, named once for the whole cycle (not once per country). */
export const PillarInfoSchema = z.object({
  key: z.string(),
  name: LocalizedStringSchema,
  /** the most a country can score in it (20 in the GCI) */
  max: z.number(),
});
export type PillarInfo = z.infer<typeof PillarInfoSchema>;

/** A country's result in one pillar; its name is the cycle's (CycleResults.pillars, by key). */
export const PillarResultSchema = z.object({
  key: z.string(),
  /** 0 – pillarMax (20 in the GCI) */
  score: z.number(),
  max: z.number(),
  tier: z.number().int(),
});
export type PillarResult = z.infer<typeof PillarResultSchema>;

export const CountryResultSchema = CountrySchema.extend({
  /** 0 – 100 */
  overall: z.number(),
  tier: z.number().int(),
  coverage: z.number().min(0).max(1),
  pillars: z.array(PillarResultSchema),
});
export type CountryResult = z.infer<typeof CountryResultSchema>;

export const TierInfoSchema = z.object({
  tier: z.number().int(),
  key: z.string(),
  name: LocalizedStringSchema,
  min: z.number(),
  /** upper bound of the band, exclusive (100 inclusive for tier 1) */
  max: z.number(),
});
export type TierInfo = z.infer<typeof TierInfoSchema>;

export const PublishedCycleSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  name: z.string(),
  publicationId: z.uuid(),
  publishedAt: z.iso.datetime(),
  methodologyKey: z.string(),
  /** true for the synthetic demo data shipped with the platform: never real GCI results */
  isDemo: z.boolean(),
  /** where an imported past edition's figures come from; null for a cycle run on this platform */
  importedFrom: z.string().nullable(),
});
export type PublishedCycle = z.infer<typeof PublishedCycleSchema>;

export const CycleResultsSchema = z.object({
  cycle: PublishedCycleSchema,
  tiers: z.array(TierInfoSchema),
  /** the methodology's pillars in its order, with their names: each country's pillars refer to them by key */
  pillars: z.array(PillarInfoSchema),
  /** ordered by ISO code, never by score */
  countries: z.array(CountryResultSchema),
});
export type CycleResults = z.infer<typeof CycleResultsSchema>;
