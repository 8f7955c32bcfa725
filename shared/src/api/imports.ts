import { z } from 'zod';
import { routeGroup, multipart, type AnyRoute, type RouteDocs } from './route.ts';

/** The form of an import: the options as text fields (before the file part), as the CLI's flags. */
export const ResultsImportFieldsSchema = z.object({
  year: z.string().describe('The edition, e.g. 2024'),
  name: z.string().describe('The name shown for the cycle, e.g. "GCI 2024"'),
  source: z.string().optional().describe('Where the figures come from; the file name when empty'),
  tiers: z.string().optional().describe('The lowest overall score of each tier but the last, best first: "95,85,55,20" (the default)'),
  pillarMax: z.string().optional().describe('The points of one pillar: 20 (the default)'),
  overallTolerance: z.string().optional().describe('How far `overall` may be from the sum of the pillars: 0.01 (the default)'),
});

export const ImportProblemSchema = z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() });
export type { ImportProblem } from '../imports/published-results.ts';

export const ImportTierCountSchema = z.object({ tier: z.number().int(), min: z.number(), count: z.number().int() });

/** What an import would do: every problem of the file, or the tier counts the results would have. */
export const ResultsImportPreviewSchema = z.object({
  ok: z.boolean(),
  year: z.number().int().nullable(),
  countries: z.number().int(),
  problems: z.array(ImportProblemSchema),
  tiers: z.array(ImportTierCountSchema),
  /** a cycle of that year exists already (the import would answer 409) */
  yearTaken: z.boolean(),
  source: z.string().nullable(),
});
export type ResultsImportPreview = z.infer<typeof ResultsImportPreviewSchema>;

export const ResultsImportedSchema = z.object({
  cycleId: z.uuid(),
  year: z.number().int(),
  publicationId: z.uuid(),
  countries: z.number().int(),
  tiers: z.array(ImportTierCountSchema),
});
export type ResultsImported = z.infer<typeof ResultsImportedSchema>;

const FILE = multipart(
  'file',
  ResultsImportFieldsSchema,
  'A CSV or XLSX file (first sheet) with a header row: iso3, legal, technical, organizational, capacity_development (or capacity), cooperation, and optionally overall; the fields before the file',
);

const docs = {
  previewResultsImport: {
    summary: "Check a past edition's published results without writing anything: every problem by row and column, or the tier counts they give",
    description: 'A file that cannot be read at all (not CSV or XLSX) is a 400; problems in its rows come back in the preview with `ok: false`.',
  },
  importResults: {
    summary: "Import a past edition's published results: a pillar-level methodology, a published cycle marked as imported, every result computed by the engine",
    description: 'All or nothing: any problem of the file is a 400 `validation_failed` with `details.problems` (row, column, message) and nothing is written. 409 when a cycle of that year exists.',
  },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'imports', access: ['admin'], docs });

/** The routes of this room, one a line (what each does for the API document is in `docs` above). */
export const importsApi = {
  preview: route.post('/api/imports/results/preview', { id: 'previewResultsImport', body: FILE, responses: { 200: ResultsImportPreviewSchema } }),
  importResults: route.post('/api/imports/results', { id: 'importResults', body: FILE, responses: { 201: ResultsImportedSchema }, errors: [409] }),
} satisfies Record<string, AnyRoute>;

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const importsComponents: Readonly<Record<string, z.ZodType>> = {
  ResultsImportFields: ResultsImportFieldsSchema,
  ImportProblem: ImportProblemSchema,
  ImportTierCount: ImportTierCountSchema,
};
