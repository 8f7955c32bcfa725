import { z } from 'zod';
import { LocalizedStringSchema } from './locale.ts';
import { RegionSchema } from './region.ts';
import { StorableTextSchema } from './storable-text.ts';

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

/** A country named: its code and its names (what a list of countries to choose from needs). */
export const CountryRefSchema = CountrySchema.pick({ iso3: true, names: true });
export type CountryRef = z.infer<typeof CountryRefSchema>;

/** One country name: trimmed, not blank, storable (no NUL), short enough for a table cell. */
const CountryNameSchema = StorableTextSchema.trim().min(1, 'A name is required in each of the six languages').max(200);

/** A country's name in each of the six UN languages, none blank (the countries table requires all six). */
export const CountryNamesSchema = z.object({
  en: CountryNameSchema,
  fr: CountryNameSchema,
  es: CountryNameSchema,
  ar: CountryNameSchema,
  zh: CountryNameSchema,
  ru: CountryNameSchema,
});
export type CountryNames = z.infer<typeof CountryNamesSchema>;
