import { LOCALES, type Locale } from '../schemas/locale.ts';

/**
 * A methodology as a spreadsheet, without any file format: sheets of a header row and rows of
 * cells. The server writes and reads it as XLSX; this model keeps the conversion pure (and
 * testable in the browser or Node alike).
 */

/** What a cell holds: text, a number, a boolean, or nothing (an empty cell). */
export type Cell = string | number | boolean | null;

export interface SheetTable {
  name: SheetName;
  /** the column names of the header row (row 1) */
  header: readonly string[];
  /** the data rows, from spreadsheet row 2 on; each as long as the header or shorter */
  rows: readonly (readonly Cell[])[];
}

/** One problem in a file, where a spreadsheet user finds it: the sheet, the row (1 = header) and the column. */
export interface SheetError {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export const SHEET_NAMES = ['nodes', 'version', 'tiers'] as const;
export type SheetName = (typeof SHEET_NAMES)[number];

/** The first data row: row 1 is the header. */
export const FIRST_DATA_ROW = 2;

const localized = (prefix: string): string[] => LOCALES.map((l) => `${prefix}_${l}`);
export const localizedColumn = (prefix: string, locale: Locale): string => `${prefix}_${locale}`;

/** The texts of a node, in column order: `title_en … title_ru`, then description, help, criteria, evidence. */
export const NODE_TEXT_FIELDS = ['title', 'description', 'help', 'criteria', 'evidence'] as const;
export type NodeTextField = (typeof NODE_TEXT_FIELDS)[number];
/** `evidence_text_*` (the evidence guidance) is apart from `evidence_rule` (whether evidence is asked for). */
export const textPrefix = (field: NodeTextField): string => (field === 'evidence' ? 'evidence_text' : field);

/** Every column of the nodes sheet, in order. An option row uses `points` and the `title_*` columns (its label). */
export const NODE_COLUMNS = [
  'path',
  'kind',
  'key',
  'order',
  'weight',
  'aggregation',
  'type',
  'required',
  'evidence_rule',
  'show_if',
  'max_points',
  'points',
  'partial_credit',
  'goalpost_lower',
  'goalpost_upper',
  'min',
  'max',
  'integer',
  'max_length',
  ...NODE_TEXT_FIELDS.flatMap((f) => localized(textPrefix(f))),
] as const;

/** The version sheet is a list of fields and their values, one a row. */
export const VERSION_COLUMNS = ['field', 'value'] as const;
export const REQUIRED_VERSION_FIELDS = ['key', 'edition', 'pillar_max', 'aggregation', 'missing_policy', ...localized('name')] as const;
/** Fields a sheet may leave out (sheets written before they existed): the version then takes their defaults. */
export const OPTIONAL_VERSION_FIELDS = [
  'peer_group',
  'peer_margin',
  'peer_include_self',
  'min_coverage',
  'stability_vary',
  'stability_distribution',
  /** the distribution's one parameter: spread (uniform), sd (normal) or concentration (dirichlet) */
  'stability_parameter',
  'stability_draws',
  'stability_seed',
] as const;
export const VERSION_FIELDS = [...REQUIRED_VERSION_FIELDS, ...OPTIONAL_VERSION_FIELDS] as const;

export const TIER_COLUMNS = ['tier', 'key', 'min', ...localized('name')] as const;

export const SHEET_COLUMNS: Readonly<Record<SheetName, readonly string[]>> = { nodes: NODE_COLUMNS, version: VERSION_COLUMNS, tiers: TIER_COLUMNS };

/** The separator of the keys in a node's path (`legal/legal.laws/legal.laws.cybercrime`); keys never contain it. */
export const PATH_SEPARATOR = '/';

/** An option row's kind: options follow their question, with the question's path and their own key. */
export const OPTION_KIND = 'option';
