import type { AnswersByCountry } from '../scoring/what-if.ts';
import type { Methodology } from '../schemas/methodology.ts';
import { questionsByKey } from '../scoring/tree.ts';
import { scoreAssessment } from '../scoring/score-assessment.ts';
import { compareScenarios, type ScenarioComparison } from '../scoring/compare.ts';

export interface Backcast {
  /** questions of the newer version that the earlier answers do not cover (they count as missing) */
  unmatchedNew: string[];
  /** answered questions of the earlier version that the newer one no longer asks */
  unmatchedOld: string[];
  comparison: ScenarioComparison;
}

/**
 * Rescores an earlier cycle's answers under a newer methodology where question keys match, and
 * compares the tiers with those of the version the answers were given under — so trends across
 * editions stay comparable. Unmatched questions are reported, not guessed.
 */
export function backcast(original: Methodology, newer: Methodology, answers: AnswersByCountry): Backcast {
  const oldKeys = new Set(questionsByKey(original).keys());
  const newKeys = new Set(questionsByKey(newer).keys());
  const countries = Object.keys(answers).sort();
  const before = countries.map((c) => ({ country: c, ...pick(scoreAssessment(original, answers[c]!)) }));
  const after = countries.map((c) => ({ country: c, ...pick(scoreAssessment(newer, onlyKeys(answers[c]!, newKeys))) }));
  return {
    unmatchedNew: [...newKeys].filter((k) => !oldKeys.has(k)).sort(),
    unmatchedOld: [...oldKeys].filter((k) => !newKeys.has(k)).sort(),
    comparison: compareScenarios(before, after, { before: original.thresholds, after: newer.thresholds }),
  };
}

const pick = (s: { overall: number; tier: number }) => ({ overall: s.overall, tier: s.tier });
const onlyKeys = <T>(answers: Record<string, T>, keys: Set<string>) => Object.fromEntries(Object.entries(answers).filter(([k]) => keys.has(k)));
