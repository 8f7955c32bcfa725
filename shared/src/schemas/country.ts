import { z } from 'zod';
import { LocalizedStringSchema } from './locale.ts';
import { RegionSchema } from './region.ts';

export const Iso3Schema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code in capitals');

export const CountrySchema = z.object({
  iso3: Iso3Schema,
  iso2: z.string().length(2),
  /** ISO 3166-1 numeric, zero-padded to three digits (as in world-atlas) */
  numeric: z.string().regex(/^\d{3}$/),
  region: RegionSchema,
  names: LocalizedStringSchema,
});
export type Country = z.infer<typeof CountrySchema>;
