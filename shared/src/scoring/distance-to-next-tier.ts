import type { Answers, AnswerValue, Methodology, MethodologyNode, QuestionSpec } from '../schemas/methodology.ts';
import { resolveSkipPlan } from '../rules/answer-rules.ts';
import { compileMethodology, createAnswerPreparer, type CompiledMethodology, type PreparedAnswers } from './compile.ts';
import { evaluateTree } from './evaluate.ts';
import { fullAnswer, isScored, maxPointsOf, normalizedScore, pointsFor } from './question-score.ts';
import type { ScoreOptions } from './score-types.ts';
import { nextTierUp, thresholdFor } from './tiers.ts';

export interface GapStep {
  questionKey: string;
  pillarKey: string;
  /** the answer that earns full points (see fullAnswer) */
  answer: AnswerValue;
  /** points before this step (null: unanswered) and what a full answer earns */
  pointsBefore: number | null;
  maxPoints: number;
  /** overall points (0–100 scale) this step adds, given the steps before it */
  gain: number;
  overallAfter: number;
  /** the question whose answer made this one visible, when an earlier step revealed it */
  revealedBy?: string;
}

export interface DistanceToNextTier {
  overall: number;
  tier: number;
  /** the next better tier, null for the best tier */
  nextTier: number | null;
  nextTierMin: number | null;
  /** overall points missing to reach nextTierMin (0 for the best tier) */
  gap: number;
  /** false for the best tier, or when full answers everywhere would still fall short */
  reachable: boolean;
  /** the gap list, applied in this order; every step is needed, see distanceToNextTier */
  steps: GapStep[];
}

interface State {
  c: CompiledMethodology;
  /** the same methodology aggregated arithmetically everywhere (see bestBundle); same node order */
  relaxed: CompiledMethodology;
  answers: Answers;
  values: Float64Array;
  /** keys of the questions some skip condition reads: answering them may show or hide others */
  gates: Set<string>;
  questionIndex: Map<string, number>;
  /** prepareAnswers for these questions, its working arrays kept between the many candidates tried */
  prepare: (answers: Answers) => PreparedAnswers;
}

/** Which questions these answers show, by key: the compiled methodology's skip plan, resolved. */
function shownFor(s: State, answers: Answers): (key: string) => boolean {
  const shown = resolveSkipPlan(s.c.skip, answers);
  return (key) => shown[s.questionIndex.get(key)!] === 1;
}

const overallOf = (s: State, answers: Answers): number => evaluateTree(s.c, s.c.baseWeights, s.prepare(answers).scores, s.values);

function arithmeticCopy(m: Methodology): Methodology {
  const strip = (n: MethodologyNode): MethodologyNode => (n.kind === 'question' ? n : { ...n, aggregation: undefined, children: n.children.map(strip) });
  return { ...m, aggregation: 'arithmetic', pillars: m.pillars.map(strip) as Methodology['pillars'] };
}

/**
 * The actionable gap list behind "areas for growth": questions that are missing, unmet or
 * partial, to be answered in full, in order, until the country reaches the next tier.
 *
 * Greedy by gain: at each step every visible scored question that can still gain is tried with
 * its full answer (plus, when that answer reveals follow-up questions, their full answers too:
 * a reveal alone may lower the score under the 'zero' policy), and the one that raises the
 * overall score most is applied, question by question, stopping as soon as the next tier is
 * reached. So no shorter prefix of the list reaches it. For arithmetic aggregation without skip
 * logic the gains are independent and greedy gives the fewest questions possible; geometric
 * means and reveals make it a good, not always minimal, list. Ties keep tree order.
 * Under a geometric mean a group with two zero answers gains nothing from fixing one of them;
 * when no candidate gains, the step goes to the one that would gain most were every level an
 * arithmetic mean, so the list still progresses towards the tier.
 * Tiers are compared after rounding to 1e-9 (tiers.ts). No rank is computed.
 */
export function distanceToNextTier(methodology: Methodology, answers: Answers, options: ScoreOptions = {}): DistanceToNextTier {
  const c = compileMethodology(methodology, options);
  const relaxed = compileMethodology(arithmeticCopy(methodology), { missingPolicy: c.missingPolicy });
  const s: State = {
    c,
    relaxed,
    answers: { ...answers },
    values: new Float64Array(c.entries.length),
    gates: new Set(c.questions.flatMap((e) => (e.node.question.showIf ? [e.node.question.showIf.question] : []))),
    questionIndex: new Map(c.questions.map((e, i) => [e.node.key, i] as const).reverse()),
    prepare: createAnswerPreparer(c),
  };
  const overall = overallOf(s, s.answers);
  const tier = thresholdFor(overall, c.thresholds).tier;
  const next = nextTierUp(tier, c.thresholds);
  const result: DistanceToNextTier = {
    overall,
    tier,
    nextTier: next?.tier ?? null,
    nextTierMin: next?.min ?? null,
    gap: next ? Math.max(0, next.min - overall) : 0,
    reachable: false,
    steps: [],
  };
  if (!next) return result;
  let now = overall;
  for (;;) {
    const bundle = bestBundle(s, now);
    if (!bundle) return result;
    for (const [i, key] of bundle.entries()) {
      const step = applyFull(s, key, now, i > 0 ? bundle[0] : undefined);
      result.steps.push(step);
      now = step.overallAfter;
      if (thresholdFor(now, c.thresholds).tier <= next.tier) return { ...result, reachable: true };
    }
  }
}

function applyFull(s: State, key: string, before: number, revealedBy: string | undefined): GapStep {
  const entry = s.c.questionMap.get(key)!;
  const spec = entry.node.question;
  const answer = fullAnswer(spec);
  const pointsBefore = pointsFor(spec, s.answers[key]);
  s.answers[key] = answer;
  const overallAfter = overallOf(s, s.answers);
  const step: GapStep = {
    questionKey: key,
    pillarKey: entry.pillarKey,
    answer,
    pointsBefore,
    maxPoints: maxPointsOf(spec),
    gain: overallAfter - before,
    overallAfter,
  };
  return revealedBy ? { ...step, revealedBy } : step;
}

/**
 * The candidate (a question and the follow-ups its full answer reveals) with the largest gain;
 * failing any gain, the largest gain under arithmetic means everywhere; null when neither gains.
 */
function bestBundle(s: State, now: number): string[] | null {
  const visible = shownFor(s, s.answers);
  const scores = s.prepare(s.answers).scores;
  const base = { scores, real: now, relaxed: evaluateTree(s.relaxed, s.relaxed.baseWeights, scores, s.values) };
  // a gain must be real, not float noise
  const best = { real: null as string[] | null, realGain: 1e-12, relaxed: null as string[] | null, relaxedGain: 1e-12 };
  for (const [key, { node }] of s.c.questionMap) {
    const spec = node.question;
    if (!visible(key) || !isScored(spec) || !canGain(spec, s.answers[key])) continue;
    const trial = gainsOf(s, key, visible, base);
    if (trial.real > best.realGain) [best.real, best.realGain] = [trial.bundle, trial.real];
    if (trial.relaxed > best.relaxedGain) [best.relaxed, best.relaxedGain] = [trial.bundle, trial.relaxed];
  }
  return best.real ?? best.relaxed;
}

/**
 * Gains of answering `key` in full (with its reveals), really and under arithmetic means. A
 * question no condition reads changes only its own score, so the prepared scores are patched
 * in place instead of re-running skip logic and scoring for every question.
 */
function gainsOf(s: State, key: string, visible: (key: string) => boolean, base: { scores: Float64Array; real: number; relaxed: number }) {
  const spec = s.c.questionMap.get(key)!.node.question;
  let scores = base.scores;
  let bundle = [key];
  const i = s.questionIndex.get(key)!;
  const old = scores[i]!;
  if (!s.gates.has(key)) scores[i] = normalizedScore(spec, fullAnswer(spec)) ?? old;
  else {
    bundle = withReveals(s, key, visible);
    const trial = { ...s.answers };
    for (const k of bundle) trial[k] = fullAnswer(s.c.questionMap.get(k)!.node.question);
    scores = s.prepare(trial).scores;
  }
  const real = evaluateTree(s.c, s.c.baseWeights, scores, s.values) - base.real;
  const relaxed = evaluateTree(s.relaxed, s.relaxed.baseWeights, scores, s.values) - base.relaxed;
  base.scores[i] = old;
  return { bundle, real, relaxed };
}

function canGain(spec: QuestionSpec, value: AnswerValue | undefined): boolean {
  return (normalizedScore(spec, value) ?? -1) < (normalizedScore(spec, fullAnswer(spec)) ?? 0);
}

/** `key`, then every scored question that full answers reveal (transitively), in tree order. */
function withReveals(s: State, key: string, visibleNow: (key: string) => boolean): string[] {
  const bundle = [key];
  const trial = { ...s.answers, [key]: fullAnswer(s.c.questionMap.get(key)!.node.question) };
  for (;;) {
    const visible = shownFor(s, trial);
    const revealed = [...s.c.questionMap.values()].filter(
      ({ node }) =>
        visible(node.key) && !visibleNow(node.key) && !bundle.includes(node.key) && isScored(node.question) && canGain(node.question, trial[node.key]),
    );
    if (!revealed.length) return bundle;
    for (const { node } of revealed) {
      bundle.push(node.key);
      trial[node.key] = fullAnswer(node.question);
    }
  }
}
