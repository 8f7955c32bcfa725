import type { Answers, Methodology, MethodologyNode, TierThreshold } from '../schemas/methodology.ts';
import { compileMethodology, createAnswerPreparer, type CompiledMethodology, type PreparedAnswers } from './compile.ts';
import { evaluateTree } from './evaluate.ts';
import type { ScoreOptions } from './score-types.ts';
import { sortThresholds, tierIndex } from './tiers.ts';

/** A scenario: new raw weights for some nodes (by key) and new minimum scores for some tiers. */
export interface ScenarioOverrides {
  /** node key → raw weight (≥ 0); siblings are renormalised as usual */
  weights?: Record<string, number>;
  /** tier number → new lowest score of that tier (0–100) */
  thresholds?: Record<number, number>;
}

/** Answers of every country, by country code (ISO 3166-1 alpha-3). */
export type AnswersByCountry = Record<string, Answers>;

export interface PillarSummary {
  key: string;
  /** 0–1; 0 for a pillar with nothing scored */
  normalized: number;
  /** pillarMax × normalized */
  score: number;
  tier: number;
}

/** One country's scores under a scenario (no traces, no rank). */
export interface CountrySummary {
  country: string;
  /** 0–100 */
  overall: number;
  tier: number;
  /** 0–1, see AssessmentScore.coverage */
  coverage: number;
  pillars: PillarSummary[];
}

function assertKnown(keys: Iterable<string>, known: (k: string) => boolean, what: string): void {
  const unknown = [...keys].filter((k) => !known(k));
  if (unknown.length) throw new RangeError(`unknown ${what}: ${unknown.join(', ')}`);
}

/**
 * Returns a copy of a methodology version with the overrides applied; the input is not
 * modified (nodes are copied). Throws a RangeError naming any node key or tier that does not
 * exist. The result is not validated: run validateMethodology on it before saving it.
 */
export function applyOverrides(methodology: Methodology, overrides: ScenarioOverrides): Methodology {
  const weights = overrides.weights ?? {};
  const keys = new Set<string>();
  const copy = (node: MethodologyNode): MethodologyNode => {
    keys.add(node.key);
    const weight = weights[node.key] ?? node.weight;
    return node.kind === 'question' ? { ...node, weight } : { ...node, weight, children: node.children.map(copy) };
  };
  const pillars = methodology.pillars.map(copy) as Methodology['pillars'];
  assertKnown(Object.keys(weights), (k) => keys.has(k), 'node key');
  return { ...methodology, pillars, thresholds: thresholdsWith(methodology.thresholds, overrides.thresholds) };
}

/** Thresholds with some tiers' minimum scores replaced (copies). Throws on an unknown tier. */
export function thresholdsWith(thresholds: readonly TierThreshold[], mins: Record<number, number> = {}): TierThreshold[] {
  const tiers = new Set(thresholds.map((t) => String(t.tier)));
  assertKnown(Object.keys(mins), (k) => tiers.has(k), 'tier');
  return thresholds.map((t) => ({ ...t, min: mins[t.tier] ?? t.min }));
}

/** A what-if session: answers prepared once, rescored under any number of scenarios. */
export interface WhatIf {
  readonly compiled: CompiledMethodology;
  /** country codes, sorted */
  readonly countries: readonly string[];
  /** Scores every country under the overrides (none: the version as it is); ordered by country code. */
  rescore(overrides?: ScenarioOverrides): CountrySummary[];
}

/**
 * Prepares a what-if session: question scores, skip logic and coverage do not depend on
 * weights or thresholds, so they are computed here once and each {@link WhatIf.rescore} only
 * re-aggregates (the analyst's live sliders). Scores equal scoreAssessment's on the overridden
 * version exactly.
 */
export function createWhatIf(methodology: Methodology, answersByCountry: AnswersByCountry, options: ScoreOptions = {}): WhatIf {
  const compiled = compileMethodology(methodology, options);
  const countries = Object.keys(answersByCountry).sort();
  const prepare = createAnswerPreparer(compiled);
  const prepared = countries.map((code) => prepare(answersByCountry[code] ?? {}));
  const values = new Float64Array(compiled.entries.length);
  const rescore = (overrides: ScenarioOverrides = {}): CountrySummary[] => {
    const weights = weightsWith(compiled, overrides.weights ?? {});
    const thresholds = sortThresholds(thresholdsWith(methodology.thresholds, overrides.thresholds));
    const mins = Float64Array.from(thresholds, (t) => t.min);
    return countries.map((country, i) => summarise(compiled, country, prepared[i]!, weights, values, { thresholds, mins }));
  };
  return { compiled, countries, rescore };
}

/** Base weights with overrides applied, by node index. Throws on unknown keys. */
export function weightsWith(c: CompiledMethodology, overrides: Record<string, number>): Float64Array {
  const weights = Float64Array.from(c.baseWeights);
  assertKnown(Object.keys(overrides), (k) => c.indexByKey.has(k), 'node key');
  for (const [key, w] of Object.entries(overrides)) weights[c.indexByKey.get(key)!] = w;
  return weights;
}

interface Tiers {
  thresholds: readonly TierThreshold[];
  mins: Float64Array;
}

function summarise(c: CompiledMethodology, country: string, p: PreparedAnswers, weights: Float64Array, values: Float64Array, t: Tiers): CountrySummary {
  const overall = evaluateTree(c, weights, p.scores, values);
  const tierOf = (score: number): number => t.thresholds[tierIndex(score, t.mins)]!.tier;
  const pillars = c.methodology.pillars.map((pillar, i) => {
    const v = values[c.pillarNode[i]!]!;
    const normalized = v === v ? v : 0;
    return { key: pillar.key, normalized, score: c.pillarMax * normalized, tier: tierOf(100 * normalized) };
  });
  return { country, overall, tier: tierOf(overall), coverage: p.coverage, pillars };
}

/** One-shot {@link createWhatIf} + rescore: every country's summary, ordered by country code. */
export function rescoreAll(
  methodology: Methodology,
  answersByCountry: AnswersByCountry,
  overrides: ScenarioOverrides = {},
  options: ScoreOptions = {},
): CountrySummary[] {
  return createWhatIf(methodology, answersByCountry, options).rescore(overrides);
}
