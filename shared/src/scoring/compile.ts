import {
  minCoverageOf,
  type Answers,
  type AnswerValue,
  type Methodology,
  type MissingPolicy,
  type QuestionSpec,
  type TierThreshold,
} from '../schemas/methodology.ts';
import { planSkipLogic, resolveSkipPlan, type SkipPlan } from '../rules/answer-rules.ts';
import { coverageByNode, shortOfCoverage } from './coverage-rule.ts';
import { isScored, normalizedScore } from './question-score.ts';
import type { ScoreOptions } from './score-types.ts';
import { sortThresholds } from './tiers.ts';
import { flattenTree, questionsOf, type QuestionEntry, type TreeEntry } from './tree.ts';
import { shapeOf, type TreeShape } from './tree-shape.ts';

/**
 * A methodology flattened into typed arrays, for scoring many countries or many weight draws
 * quickly: its {@link TreeShape} (nodes numbered in pre-order, {@link flattenTree}) and what
 * scoring needs beside it.
 */
export interface CompiledMethodology extends TreeShape {
  readonly methodology: Methodology;
  readonly entries: readonly TreeEntry[];
  readonly indexByKey: ReadonlyMap<string, number>;
  /** raw weight of every node, by node index */
  readonly baseWeights: Float64Array;
  /** node index of every question, tree order */
  readonly questionNode: Int32Array;
  readonly questions: readonly QuestionEntry[];
  readonly questionMap: ReadonlyMap<string, QuestionEntry>;
  /** skip logic of `questions`, by question index */
  readonly skip: SkipPlan;
  /** each question's pillar (its index in methodology.pillars), and 1 when its type is scored, by question index */
  readonly pillarSlot: Int32Array;
  readonly scored: Uint8Array;
  readonly missingPolicy: MissingPolicy;
  /** the minimum answered share of weight of a group under 'exclude' (coverage-rule.ts); 0 = off, always 0 under 'zero' */
  readonly minCoverage: number;
  /** thresholds from the highest min down, and their mins */
  readonly thresholds: readonly TierThreshold[];
  readonly tierMins: Float64Array;
  readonly pillarMax: number;
}

/** Flattens a methodology once; reuse the result for every country and every draw. */
export function compileMethodology(methodology: Methodology, options: ScoreOptions = {}): CompiledMethodology {
  const entries = flattenTree(methodology);
  const questionEntries = entries.filter((e) => e.node.kind === 'question');
  const thresholds = sortThresholds(methodology.thresholds);
  const missingPolicy = options.missingPolicy ?? methodology.missingPolicy;
  const questions = questionEntries.map((e) => ({ node: e.node as QuestionEntry['node'], pillarKey: entries[e.pillar]?.node.key ?? '', path: e.path }));
  const pillarKeys = methodology.pillars.map((p) => p.key);
  return {
    ...shapeOf(entries, options.aggregation ?? methodology.aggregation),
    methodology,
    entries,
    indexByKey: new Map(entries.map((e) => [e.node.key, e.index])),
    baseWeights: Float64Array.from(entries, (e) => e.node.weight),
    questionNode: Int32Array.from(questionEntries, (e) => e.index),
    questions,
    questionMap: questionsOf(entries),
    skip: planSkipLogic(questions.map(({ node }) => ({ key: node.key, spec: node.question }))),
    pillarSlot: Int32Array.from(questions, (q) => pillarKeys.indexOf(q.pillarKey)),
    scored: Uint8Array.from(questions, (q) => (isScored(q.node.question) ? 1 : 0)),
    missingPolicy,
    minCoverage: minCoverageFor(methodology, missingPolicy, options),
    thresholds,
    tierMins: Float64Array.from(thresholds, (t) => t.min),
    pillarMax: methodology.pillarMax,
  };
}

/** The minimum coverage that applies: the option's or the version's under 'exclude', 0 (off) under 'zero'. */
export function minCoverageFor(methodology: Methodology, policy: MissingPolicy, options: ScoreOptions = {}): number {
  return policy === 'exclude' ? (options.minCoverage ?? minCoverageOf(methodology)) : 0;
}

/** What of one country's answers does not depend on weights, computed once. */
export interface PreparedAnswers {
  /** normalised score per question (tree order), NaN when left out: hidden, free text, or missing under 'exclude' */
  readonly scores: Float64Array;
  /** answered / visible scored questions, 0–1 (1 when none is visible) */
  readonly coverage: number;
  /** the same per pillar, in pillar order */
  readonly pillarCoverage: Float64Array;
  /** keys of the groups below the minimum coverage whose missing answers scored 0 (coverage-rule.ts), tree order */
  readonly shortGroups: readonly string[];
}

/**
 * Question scores and coverage for one country; missing answers follow the compiled policy.
 * For many countries, {@link createAnswerPreparer}.
 */
export function prepareAnswers(c: CompiledMethodology, answers: Answers): PreparedAnswers {
  return createAnswerPreparer(c)(answers);
}

/**
 * {@link prepareAnswers} for every country of a stability run or a batch: it works by question
 * index, keeps its working arrays from one country to the next, and writes the scores into
 * `scores` when given (n questions). Typed arrays are costly to create (an allocation each, then
 * the pages it touches): one country's three took about as long as scoring its 400 answers.
 */
export function createAnswerPreparer(c: CompiledMethodology): (answers: Answers, scores?: Float64Array) => PreparedAnswers {
  const n = c.questions.length;
  const pillars = c.methodology.pillars.length;
  const shown = new Uint8Array(n);
  const skipState = new Uint8Array(n);
  // by node index: 1 answered, 0 missing, NaN not counted (the coverage rule's input)
  const answeredAt = new Float64Array(c.entries.length);
  const zero = c.missingPolicy === 'zero';
  const scoreOf = rememberedScores(c);
  return (answers, scores = new Float64Array(n)) => {
    resolveSkipPlan(c.skip, answers, shown, skipState);
    answeredAt.fill(NaN);
    // per pillar, then the whole: visible scored questions, and those answered
    const counted = new Float64Array(pillars + 1);
    const answered = new Float64Array(pillars + 1);
    for (let q = 0; q < n; q++) {
      if (shown[q] === 0 || c.scored[q] === 0) {
        scores[q] = NaN;
        continue;
      }
      const { node } = c.questions[q]!;
      const value = scoreOf[q]!(answers[node.key]);
      const given = value === null ? 0 : 1;
      scores[q] = value ?? (zero ? 0 : NaN);
      answeredAt[c.questionNode[q]!] = given;
      const slot = c.pillarSlot[q]!;
      if (slot >= 0) {
        counted[slot]!++;
        answered[slot]! += given;
      }
      counted[pillars]!++;
      answered[pillars]! += given;
    }
    const share = (i: number): number => (counted[i]! > 0 ? answered[i]! / counted[i]! : 1);
    // a plain loop: TypedArray.from with a map function is slow
    const pillarCoverage = new Float64Array(pillars);
    for (let i = 0; i < pillars; i++) pillarCoverage[i] = share(i);
    return { scores, shortGroups: c.minCoverage > 0 ? applyCoverageRule(c, answeredAt, scores) : [], coverage: share(pillars), pillarCoverage };
  };
}

/** Distinct plain answers remembered per question: a number question may see one per country. */
const REMEMBERED = 64;

/** Each compiled methodology's remembering scorers, by question index, made on first use. */
const scorers = new WeakMap<CompiledMethodology, ((value: AnswerValue | undefined) => number | null)[]>();

/** The remembering scorers of a compiled methodology's questions, shared by every preparer of it (a score depends on the question and the answer only). */
function rememberedScores(c: CompiledMethodology): ((value: AnswerValue | undefined) => number | null)[] {
  let known = scorers.get(c);
  if (!known) scorers.set(c, (known = c.questions.map(({ node }) => rememberedScore(node.question))));
  return known;
}

/**
 * normalizedScore for one question, remembering the score of each plain answer (yes or no, a
 * status, an option's key, a number) it has scored: across countries a question takes a handful
 * of values, and a lookup is several times quicker than checking and scoring the answer again.
 */
function rememberedScore(spec: QuestionSpec): (value: AnswerValue | undefined) => number | null {
  const known = new Map<AnswerValue | undefined, number | null>();
  return (value) => {
    if (!isPlain(value)) return normalizedScore(spec, value);
    const remembered = known.get(value);
    if (remembered !== undefined) return remembered;
    const score = normalizedScore(spec, value);
    if (known.size < REMEMBERED) known.set(value, score);
    return score;
  };
}

/** A value a Map tells apart from every other by key: not a list (compared by identity), nor 0 (a Map takes -0 for +0). */
const isPlain = (value: AnswerValue | undefined): boolean =>
  value === undefined || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && value !== 0);

/**
 * The minimum-coverage rule on prepared scores (coverage-rule.ts): a missing answer (NaN among
 * visible scored questions) in a group short of coverage becomes 0. Returns the short groups' keys.
 */
function applyCoverageRule(c: CompiledMethodology, answered: Float64Array, scores: Float64Array): string[] {
  const short = shortOfCoverage(c.entries, coverageByNode(c.entries, c.baseWeights, answered), c.minCoverage);
  c.questionNode.forEach((node, q) => {
    if (short[node] === 1 && answered[node] === 0) scores[q] = 0;
  });
  return c.entries.filter((e) => e.node.kind !== 'question' && short[e.index] === 1).map((e) => e.node.key);
}
