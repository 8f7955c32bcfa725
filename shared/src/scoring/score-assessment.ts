import type { Aggregation, Answers, Methodology, MethodologyNode, MissingPolicy, QuestionNode } from '../schemas/methodology.ts';
import { resolveVisibility } from '../rules/answer-rules.ts';
import { weightedMean } from './aggregate.ts';
import { isScored, maxPointsOf, pointsFor } from './question-score.ts';
import type { AssessmentScore, NodeScore, PillarScore, QuestionStatus, QuestionTrace, ScoreOptions } from './score-types.ts';
import { assignTier } from './tiers.ts';
import { questionsByKey } from './tree.ts';

interface Walk {
  answers: Answers;
  visibility: Map<string, boolean>;
  policy: MissingPolicy;
  aggregation: Aggregation;
  values: Map<MethodologyNode, number | null>;
  traces: Map<QuestionNode, QuestionTrace>;
  nodes: Record<string, NodeScore>;
}

/**
 * Scores one country's answers against a methodology: every node, the overall score (0–100),
 * its tier, a tier per pillar, coverage and a trace per question.
 *
 * - Each level is a weighted mean of the children that have a score ({@link weightedMean});
 *   weights are normalised among those children, so hidden and excluded questions hand their
 *   weight to their siblings.
 * - Missing answers follow `options.missingPolicy ?? methodology.missingPolicy`.
 * - Contributions: the overall score is split top-down; each child gets the part of its parent's
 *   contribution proportional to weight × normalised score. For arithmetic means that is exactly
 *   100 × effectiveWeight × normalised score; for geometric means it splits the (lower) geometric
 *   value in the same proportions. Either way they sum to the overall score (up to float error),
 *   are never negative, and a question that earns nothing contributes nothing.
 *
 * Keys are assumed unique (see validateMethodology); answers are read by question key.
 */
export function scoreAssessment(methodology: Methodology, answers: Answers, options: ScoreOptions = {}): AssessmentScore {
  const aggregation = options.aggregation ?? methodology.aggregation;
  const w: Walk = {
    answers,
    visibility: resolveVisibility(questionsByKey(methodology), answers),
    policy: options.missingPolicy ?? methodology.missingPolicy,
    aggregation,
    values: new Map(),
    traces: new Map(),
    nodes: {},
  };
  methodology.pillars.forEach((p) => evaluate(p, p.key, w));
  const root = weightedMean(methodology.pillars.map((p) => w.values.get(p) ?? null), methodology.pillars.map((p) => p.weight), aggregation);
  const overall = 100 * (root ?? 0);
  attribute(methodology.pillars, 1, overall, w);
  const questions = [...w.traces.values()];
  const pillars = methodology.pillars.map((p) => pillarScore(methodology, p.key, w.values.get(p) ?? null, questions));
  return {
    overall,
    tier: assignTier(overall, methodology.thresholds),
    coverage: coverageOf(questions),
    missingPolicy: w.policy,
    aggregation,
    pillars,
    nodes: w.nodes,
    questions,
  };
}

function evaluate(node: MethodologyNode, pillarKey: string, w: Walk): number | null {
  if (node.kind === 'question') {
    const trace = traceQuestion(node, pillarKey, w);
    w.traces.set(node, trace);
    w.values.set(node, trace.normalized);
    return trace.normalized;
  }
  const values = node.children.map((c) => evaluate(c, pillarKey, w));
  const value = weightedMean(values, node.children.map((c) => c.weight), node.aggregation ?? w.aggregation);
  w.values.set(node, value);
  return value;
}

function traceQuestion(node: QuestionNode, pillarKey: string, w: Walk): QuestionTrace {
  const spec = node.question;
  const maxPoints = maxPointsOf(spec);
  let status: QuestionStatus = 'unscored';
  let points: number | null = null;
  if (!w.visibility.get(node.key)) status = 'hidden';
  else if (isScored(spec)) {
    points = pointsFor(spec, w.answers[node.key]);
    status = points === null ? 'missing' : 'answered';
    if (points === null && w.policy === 'zero') points = 0;
  }
  const normalized = points === null || !(maxPoints > 0) ? null : points / maxPoints;
  const { key, kind } = node;
  return { key, kind, pillarKey, type: spec.type, status, points, maxPoints, normalized, weight: 0, effectiveWeight: 0, contribution: 0 };
}

/** Top-down pass: normalised weights, effective weights and contributions (see scoreAssessment). */
function attribute(children: readonly MethodologyNode[], parentWeight: number, parentContribution: number, w: Walk): void {
  let sumWeights = 0;
  let sumTerms = 0;
  for (const c of children) {
    const v = w.values.get(c) ?? null;
    if (v !== null && c.weight > 0) {
      sumWeights += c.weight;
      sumTerms += c.weight * v;
    }
  }
  for (const c of children) {
    const v = w.values.get(c) ?? null;
    const included = v !== null && c.weight > 0;
    const weight = included ? c.weight / sumWeights : 0;
    const contribution = included && sumTerms > 0 ? (parentContribution * c.weight * v) / sumTerms : 0;
    const score: NodeScore = { key: c.key, kind: c.kind, normalized: v, weight, effectiveWeight: parentWeight * weight, contribution };
    const trace = c.kind === 'question' ? w.traces.get(c) : undefined;
    if (trace) Object.assign(trace, { weight, effectiveWeight: score.effectiveWeight, contribution });
    w.nodes[c.key] = score;
    if (c.kind !== 'question') attribute(c.children, score.effectiveWeight, contribution, w);
  }
}

function coverageOf(questions: readonly QuestionTrace[]): number {
  const counted = questions.filter((q) => q.status === 'answered' || q.status === 'missing');
  return counted.length ? counted.filter((q) => q.status === 'answered').length / counted.length : 1;
}

function pillarScore(m: Methodology, key: string, value: number | null, questions: readonly QuestionTrace[]): PillarScore {
  const normalized = value ?? 0;
  return {
    key,
    normalized,
    score: m.pillarMax * normalized,
    max: m.pillarMax,
    tier: assignTier(100 * normalized, m.thresholds),
    coverage: coverageOf(questions.filter((q) => q.pillarKey === key)),
    empty: value === null,
  };
}
