import {
  isScored,
  localize,
  maxPointsOf,
  normalizedScore,
  pointsFor,
  questionsByKey,
  REGION_LABELS,
  visibleQuestionKeys,
  type AnswerValue,
  type Answers,
  type Locale,
  type LocalizedString,
  type Methodology,
  type Region,
} from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { columnsOf, exportFile, jsonCell, type Cell, type ExportFile, type Sheet, type SpreadsheetFormat } from '../../lib/spreadsheet.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import { listCycleAnswerRows } from './cycles.repository.ts';
import { requireCycle } from './cycles.service.ts';

export interface CountryAnswers {
  iso3: string;
  region: Region;
  names: LocalizedString;
  answers: Answers;
}

const COLUMNS = columnsOf('iso3 country region region_name pillar question_key question type applicable raw_value points max_points score');

/**
 * One row per country and question (countries by code, questions in questionnaire order): the
 * stored value, whether skip logic shows the question, and the points and normalised score (0–1)
 * the shared engine gives it; points and score are empty when unanswered, not applicable or free text.
 */
export function cycleAnswersSheet(methodology: Methodology, countries: readonly CountryAnswers[], locale: Locale): Sheet {
  const questions = [...questionsByKey(methodology).values()];
  const pillars = new Map(methodology.pillars.map((p) => [p.key, localize(p.texts.title, locale)]));
  const rows: Cell[][] = countries.flatMap((c) => {
    const visible = visibleQuestionKeys(methodology, c.answers);
    return questions.map(({ node, pillarKey }) => {
      const spec = node.question;
      const applicable = visible.has(node.key);
      const value = c.answers[node.key];
      return [
        c.iso3,
        localize(c.names, locale),
        c.region,
        localize(REGION_LABELS[c.region], locale),
        pillars.get(pillarKey) ?? pillarKey,
        node.key,
        localize(node.texts.title, locale),
        spec.type,
        applicable,
        jsonCell(value),
        applicable ? pointsFor(spec, value) : null,
        isScored(spec) ? maxPointsOf(spec) : null,
        applicable ? normalizedScore(spec, value) : null,
      ];
    });
  });
  return { name: 'Answers', columns: COLUMNS, rows };
}

/** Every country's answers in a cycle, by code. */
async function countriesOf(db: Db, cycleId: string): Promise<CountryAnswers[]> {
  const byCountry = new Map<string, CountryAnswers>();
  for (const r of await listCycleAnswerRows(db, cycleId)) {
    let entry = byCountry.get(r.iso3);
    if (!entry) {
      entry = { iso3: r.iso3, region: r.region as Region, names: r.names as LocalizedString, answers: {} };
      byCountry.set(r.iso3, entry);
    }
    if (r.questionKey) entry.answers[r.questionKey] = r.value as AnswerValue;
  }
  return [...byCountry.values()];
}

/** Exports of a cycle for analysts (the door lets only analysts and admins in). */
export function createCycleExportService({ db, now, methodologyOf }: { db: Db; now: () => Date; methodologyOf: MethodologyOf }) {
  return {
    async answers(cycleId: string, locale: Locale, format: SpreadsheetFormat): Promise<ExportFile> {
      const cycle = await requireCycle(db, cycleId);
      const [methodology, countries] = await Promise.all([methodologyOf(cycle.methodologyVersionId), countriesOf(db, cycle.id)]);
      const demo = cycle.isDemo ? '-DEMO' : '';
      return exportFile(cycleAnswersSheet(methodology, countries, locale), format, `gci-${cycle.year}-answers${demo}-${locale}`, now());
    },
  };
}
export type CycleExportService = ReturnType<typeof createCycleExportService>;
