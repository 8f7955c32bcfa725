import { z } from 'zod';
import { Iso3Schema } from './country.ts';
import { RegionSchema } from './region.ts';

/**
 * What a publication stores: an immutable snapshot computed by the server with the shared engine.
 * `methodology` is the full version (so anyone can recompute), `score` the engine's full output with
 * traces. The content hash is always that of the whole content; the server stores each country's
 * `score` apart (one row per country) and the rest as the content, which then has no `score`.
 */
export const PublishedCountrySchema = z.object({
  iso3: Iso3Schema,
  region: RegionSchema,
  overall: z.number(),
  tier: z.number().int(),
  coverage: z.number(),
  pillars: z.array(z.object({ key: z.string(), score: z.number(), max: z.number(), normalized: z.number(), tier: z.number().int() })),
  score: z.unknown().optional(),
});
export type PublishedCountry = z.infer<typeof PublishedCountrySchema>;

export const PublicationContentSchema = z.object({
  format: z.literal(1),
  cycle: z.object({ id: z.string(), year: z.number().int(), name: z.string(), isDemo: z.boolean() }),
  methodology: z.unknown(),
  methodologyHash: z.string(),
  countries: z.array(PublishedCountrySchema),
});
export type PublicationContent = z.infer<typeof PublicationContentSchema>;
