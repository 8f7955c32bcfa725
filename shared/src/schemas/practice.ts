import { z } from 'zod';
import { Iso3Schema } from './country.ts';
import { LocalizedStringSchema } from './locale.ts';
import { RegionSchema } from './region.ts';
import { StorableTextSchema } from './storable-text.ts';

/** What kind of national practice an evidence item shows (resolution 45: laws, policies, good practice). */
export const PRACTICE_TYPES = ['law', 'strategy', 'cirt', 'education', 'awareness', 'cooperation', 'other'] as const;
export const PracticeTypeSchema = z.enum(PRACTICE_TYPES);
export type PracticeType = z.infer<typeof PracticeTypeSchema>;

/** An ISO 639-1 (or 639-2) language code in lower case: `en`, `fr`, `pt`. */
export const PracticeLanguageSchema = z.string().regex(/^[a-z]{2,3}$/, 'a language code such as en, fr or ar');
/** A year, a month or a day: laws are often known by their year only. */
export const PracticeDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

/** A focal point's choice for one evidence item: may it be published, and described how. */
export const EvidenceSharingBodySchema = z
  .object({
    mayPublish: z.boolean(),
    /** the document itself may be published (files only; ignored for links) */
    allowFile: z.boolean().default(false),
    type: PracticeTypeSchema.nullable().default(null),
    language: PracticeLanguageSchema.nullable().default(null),
    date: PracticeDateSchema.nullable().default(null),
  })
  .strict()
  .refine((b) => !b.mayPublish || (b.type !== null && b.language !== null), {
    message: 'An item that may be published needs its type and language',
    path: ['type'],
  });
export type EvidenceSharingBody = z.input<typeof EvidenceSharingBodySchema>;

export const EvidenceSharingSchema = z.object({
  mayPublish: z.boolean(),
  allowFile: z.boolean(),
  type: PracticeTypeSchema.nullable(),
  language: z.string().nullable(),
  date: z.string().nullable(),
  /** confirmed by a reviewer: public once its cycle is published */
  confirmed: z.boolean(),
});
export type EvidenceSharing = z.infer<typeof EvidenceSharingSchema>;

export const SharingConfirmationBodySchema = z.object({ confirmed: z.boolean() }).strict();

/** One published item of the library: what it is and where from, never a score or a rank. */
export const PracticeItemSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  /** the link of a link item */
  url: z.string().nullable(),
  /** a file item whose document may be downloaded */
  hasFile: z.boolean(),
  fileName: z.string().nullable(),
  type: PracticeTypeSchema,
  language: z.string(),
  date: z.string().nullable(),
  iso3: Iso3Schema,
  countryNames: LocalizedStringSchema,
  region: RegionSchema,
  year: z.number().int(),
  pillarKey: z.string().nullable(),
  indicatorKey: z.string().nullable(),
});
export type PracticeItem = z.infer<typeof PracticeItemSchema>;

export const PRACTICE_ORDERS = ['relevance', 'date'] as const;

export const PracticeQuerySchema = z
  .object({
    q: StorableTextSchema.trim().max(200).optional().describe('words to find in the titles'),
    pillar: z.string().max(200).optional(),
    indicator: z.string().max(200).optional(),
    region: RegionSchema.optional(),
    country: Iso3Schema.optional(),
    type: PracticeTypeSchema.optional(),
    language: PracticeLanguageSchema.optional(),
    year: z.coerce.number().int().min(1900).max(2200).optional().describe('the cycle'),
    order: z.enum(PRACTICE_ORDERS).default('relevance').describe('relevance (with words; newest first without) or date, newest first'),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type PracticeQuery = z.input<typeof PracticeQuerySchema>;

export const PracticePageSchema = z.object({ total: z.number().int(), items: z.array(PracticeItemSchema) });
export type PracticePage = z.infer<typeof PracticePageSchema>;

export const PracticeExamplesQuerySchema = z
  .object({
    indicators: z
      .string()
      .max(2000)
      .default('')
      .transform((s) =>
        [
          ...new Set(
            s
              .split(',')
              .map((k) => k.trim())
              .filter(Boolean),
          ),
        ].slice(0, 50),
      )
      .describe('indicator keys, comma-separated (the areas for growth); none gives no examples'),
  })
  .strict();

/** Per indicator, published practice of other countries of the same region that meet it. */
export const PracticeExamplesSchema = z.object({
  examples: z.array(z.object({ indicatorKey: z.string(), items: z.array(PracticeItemSchema) })),
});
export type PracticeExamples = z.infer<typeof PracticeExamplesSchema>;
