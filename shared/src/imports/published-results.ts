import { z } from 'zod';
import type { LocalizedString } from '../schemas/locale.ts';
import type { Answers, Methodology, QuestionNode, TierThreshold } from '../schemas/methodology.ts';
import { GCI_2024_TIERS } from '../schemas/tiers.ts';

/**
 * A past edition's published results, pillar by pillar, as they come in a spreadsheet: read and
 * checked here (pure, the same in the CLI, the server and the browser), turned into a pillar-level
 * methodology whose one question per pillar holds the published score, so the shared engine
 * computes every figure as it does for a questionnaire.
 */

export const RESULT_PILLARS = ['legal', 'technical', 'organizational', 'capacity_development', 'cooperation'] as const;
export type ResultPillar = (typeof RESULT_PILLARS)[number];

/** Header names accepted for each column, compared without case and surrounding spaces. */
const COLUMN_NAMES: Readonly<Record<ResultPillar | 'iso3' | 'overall', readonly string[]>> = {
  iso3: ['iso3'],
  legal: ['legal'],
  technical: ['technical'],
  organizational: ['organizational', 'organisational'],
  capacity_development: ['capacity_development', 'capacity'],
  cooperation: ['cooperation'],
  overall: ['overall'],
};

const PILLAR_NAMES: Readonly<Record<ResultPillar, LocalizedString>> = {
  legal: { en: 'Legal measures', fr: 'Mesures juridiques', es: 'Medidas jurídicas', ar: 'التدابير القانونية', zh: '法律措施', ru: 'Правовые меры' },
  technical: { en: 'Technical measures', fr: 'Mesures techniques', es: 'Medidas técnicas', ar: 'التدابير التقنية', zh: '技术措施', ru: 'Технические меры' },
  organizational: {
    en: 'Organizational measures',
    fr: 'Mesures organisationnelles',
    es: 'Medidas organizativas',
    ar: 'التدابير التنظيمية',
    zh: '组织措施',
    ru: 'Организационные меры',
  },
  capacity_development: {
    en: 'Capacity development',
    fr: 'Renforcement des capacités',
    es: 'Desarrollo de capacidades',
    ar: 'تنمية القدرات',
    zh: '能力建设',
    ru: 'Развитие потенциала',
  },
  cooperation: {
    en: 'Cooperative measures',
    fr: 'Mesures de coopération',
    es: 'Medidas de cooperación',
    ar: 'تدابير التعاون',
    zh: '合作措施',
    ru: 'Меры сотрудничества',
  },
};

/** What an import is told besides its file. */
export const ResultsImportOptionsSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  name: z.string().trim().min(1).max(200),
  /** where the figures come from ("ITU, Global Cybersecurity Index 2024, annex"); the file's name when not given */
  source: z.string().trim().min(1).max(300).optional(),
  /** the lowest overall score of each tier but the last, best first: 95,85,55,20 (the GCI 2024 bands) */
  tiers: z
    .array(z.number().min(0).max(100))
    .min(1)
    .max(8)
    .refine((mins) => mins.every((m, i) => i === 0 || m < mins[i - 1]!), 'each tier starts below the one before it')
    .refine((mins) => mins.every((m) => m > 0), 'the last tier starts at 0 by itself: list only the others')
    .default([95, 85, 55, 20]),
  /** the points of a pillar (GCI: 20, five pillars make 100) */
  pillarMax: z.coerce.number().positive().max(100).default(20),
  /** how far `overall` may be from the sum of the pillars before the row is refused */
  overallTolerance: z.coerce.number().min(0).max(5).default(0.01),
});
export type ResultsImportOptions = z.infer<typeof ResultsImportOptionsSchema>;

/** `"95, 85,55,20"` → [95, 85, 55, 20]; anything else is left for the schema to refuse. */
export const parseTierList = (text: string): unknown => text.split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part)));

/** A cell as a spreadsheet gives it: text, a number, or nothing. */
export type TableCell = string | number | null;

/** A table read from CSV or XLSX: the header row and the data rows, with their numbers in the file. */
export interface ResultsTable {
  header: readonly TableCell[];
  rows: readonly { row: number; cells: readonly TableCell[] }[];
}

/** One problem of the file: the row (as the spreadsheet numbers it; 1 is the header) and the column at fault. */
export interface ImportProblem {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportedCountry {
  row: number;
  iso3: string;
  pillars: Record<ResultPillar, number>;
  overall: number | null;
}

export type ReadResults = { ok: true; countries: ImportedCountry[] } | { ok: false; problems: ImportProblem[] };

const text = (cell: TableCell | undefined): string => (cell === null || cell === undefined ? '' : String(cell).trim());

/** A number from a cell: a spreadsheet number, or text with a dot or a comma as the decimal mark. */
function numberOf(cell: TableCell | undefined): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const t = text(cell).replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
  return Number(t);
}

/**
 * Reads and checks every row, all or nothing: every problem is listed (row and column), and the
 * countries come back only when there is none. `known`: the ISO codes of the countries this
 * platform knows.
 */
export function readResultsTable(
  table: ResultsTable,
  known: ReadonlySet<string>,
  options: Pick<ResultsImportOptions, 'pillarMax' | 'overallTolerance'>,
): ReadResults {
  const problems: ImportProblem[] = [];
  const names = table.header.map((cell) => text(cell).toLowerCase());
  const columns = new Map<string, number>();
  for (const [column, accepted] of Object.entries(COLUMN_NAMES)) {
    const at = names.findIndex((name) => accepted.includes(name));
    if (at >= 0) columns.set(column, at);
    else if (column !== 'overall')
      problems.push({ row: 1, column, message: `missing column "${column}"${accepted.length > 1 ? ` (or ${accepted.slice(1).join(', ')})` : ''}` });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (table.rows.length === 0) return { ok: false, problems: [{ row: 2, column: null, message: 'no rows of results below the header' }] };

  const countries: ImportedCountry[] = [];
  const firstRowOf = new Map<string, number>();
  const total = RESULT_PILLARS.length * options.pillarMax;
  for (const { row, cells } of table.rows) {
    const before = problems.length;
    const iso3 = text(cells[columns.get('iso3')!]).toUpperCase();
    if (!/^[A-Z]{3}$/.test(iso3)) problems.push({ row, column: 'iso3', message: iso3 ? `"${iso3}" is not an ISO 3166-1 alpha-3 code` : 'no country code' });
    else if (!known.has(iso3)) problems.push({ row, column: 'iso3', message: `unknown country ${iso3}` });
    else if (firstRowOf.has(iso3)) problems.push({ row, column: 'iso3', message: `${iso3} again (first on row ${firstRowOf.get(iso3)})` });
    else firstRowOf.set(iso3, row);

    const pillars = {} as Record<ResultPillar, number>;
    for (const pillar of RESULT_PILLARS) {
      const cell = cells[columns.get(pillar)!];
      const value = numberOf(cell);
      if (value === null) problems.push({ row, column: pillar, message: text(cell) ? `"${text(cell)}" is not a number` : 'no score' });
      else if (value < 0 || value > options.pillarMax) problems.push({ row, column: pillar, message: `${value} is outside 0–${options.pillarMax}` });
      else pillars[pillar] = value;
    }

    let overall: number | null = null;
    const overallAt = columns.get('overall');
    if (overallAt !== undefined && text(cells[overallAt]) !== '') {
      overall = numberOf(cells[overallAt]);
      if (overall === null) problems.push({ row, column: 'overall', message: `"${text(cells[overallAt])}" is not a number` });
      else if (overall < 0 || overall > total) problems.push({ row, column: 'overall', message: `${overall} is outside 0–${total}` });
      else if (problems.length === before) {
        const sum = RESULT_PILLARS.reduce((s, p) => s + pillars[p], 0);
        if (Math.abs(sum - overall) > options.overallTolerance) {
          problems.push({
            row,
            column: 'overall',
            message: `${overall} is not the sum of the pillars (${round(sum)}), beyond the tolerance of ${options.overallTolerance}`,
          });
        }
      }
    }
    if (problems.length === before) countries.push({ row, iso3, pillars, overall });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, countries };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The question of a pillar that holds its published score. */
export const pillarScoreKey = (pillar: ResultPillar) => `${pillar}.published.score`;

function tierThresholds(mins: readonly number[]): TierThreshold[] {
  const bands = [...mins, 0];
  // the GCI 2024 names fit only the GCI 2024 number of tiers
  const named = bands.length === GCI_2024_TIERS.length;
  return bands.map((min, i) => {
    const tier = i + 1;
    const name: LocalizedString = named
      ? GCI_2024_TIERS[i]!.name
      : { en: `Tier ${tier}`, fr: `Niveau ${tier}`, es: `Nivel ${tier}`, ar: `المستوى ${tier}`, zh: `第${tier}级`, ru: `Уровень ${tier}` };
    return { tier, key: named ? GCI_2024_TIERS[i]!.key : `tier_${tier}`, name, min };
  });
}

/**
 * The methodology of an imported edition: five equally weighted pillars, each with one indicator
 * and one number question scored linearly from 0 to `pillarMax`, so a pillar's score is the
 * published one and the overall score their sum.
 */
export function pillarLevelMethodology(options: Pick<ResultsImportOptions, 'year' | 'name' | 'tiers' | 'pillarMax'>): Methodology {
  const question = (pillar: ResultPillar): QuestionNode => ({
    kind: 'question',
    key: pillarScoreKey(pillar),
    order: 1,
    weight: 1,
    texts: { title: { en: `Published ${PILLAR_NAMES[pillar].en.toLowerCase()} score` } },
    question: {
      type: 'number',
      goalposts: { lower: 0, upper: options.pillarMax },
      min: 0,
      max: options.pillarMax,
      integer: false,
      required: true,
      evidence: 'none',
    },
  });
  return {
    key: `imported-${options.year}`,
    name: { en: `${options.name} (published pillar scores)` },
    edition: options.year,
    pillarMax: options.pillarMax,
    aggregation: 'arithmetic',
    missingPolicy: 'zero',
    thresholds: tierThresholds(options.tiers),
    pillars: RESULT_PILLARS.map((pillar, i) => ({
      kind: 'pillar',
      key: pillar,
      order: i + 1,
      weight: 1,
      texts: { title: PILLAR_NAMES[pillar] },
      children: [{ kind: 'indicator', key: `${pillar}.published`, order: 1, weight: 1, texts: { title: PILLAR_NAMES[pillar] }, children: [question(pillar)] }],
    })),
  };
}

/** A country's answers in the imported methodology: its published pillar scores. */
export const importedAnswers = (country: ImportedCountry): Answers =>
  Object.fromEntries(RESULT_PILLARS.map((pillar) => [pillarScoreKey(pillar), country.pillars[pillar]]));
