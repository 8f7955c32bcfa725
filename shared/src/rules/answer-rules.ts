import type { AnswerValue, Answers, Methodology, QuestionSpec, ShowIf } from '../schemas/methodology.ts';
import { OK, type AnswerCheck } from '../question-types/define.ts';
import { questionTypeOf } from '../question-types/registry.ts';
import { questionsByKey, type QuestionEntry } from '../scoring/tree.ts';

export type { AnswerCheck, AnswerIssueCode } from '../question-types/define.ts';

/**
 * Checks one answer against its question (its type's rules, question-types/). `null`/`undefined`
 * (no answer) is always ok: whether a question must be answered is {@link completion}'s
 * business. Text length counts UTF-16 units, as zod's `.max()` and the HTML `maxlength` attribute do.
 */
export function checkAnswer(spec: QuestionSpec, value: AnswerValue | undefined): AnswerCheck {
  if (value === null || value === undefined) return OK;
  return questionTypeOf(spec).check(spec, value);
}

/**
 * True when a question has a usable answer: present, valid for its type ({@link checkAnswer}),
 * and, for text, not blank. An empty list for a multiple choice IS an answer ("none of these");
 * an untouched question is stored as null. Invalid values count as unanswered everywhere
 * (scoring included), so a bad import cannot earn points.
 */
export function isAnswered(spec: QuestionSpec, value: AnswerValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  const type = questionTypeOf(spec);
  return type.check(spec, value).ok && type.isGiven(value);
}

function sameValue(answer: AnswerValue, expected: AnswerValue): boolean {
  if (Array.isArray(answer) && Array.isArray(expected)) {
    return answer.length === expected.length && expected.every((k) => answer.includes(k));
  }
  // "shown if option X is among the chosen ones" is the useful reading for a multiple choice
  if (Array.isArray(answer) && typeof expected === 'string') return answer.includes(expected);
  return answer === expected;
}

function conditionHolds(cond: ShowIf, answer: AnswerValue): boolean {
  if (cond.op === 'answered') return answer !== null;
  if (cond.op === 'equals') return sameValue(answer, cond.value);
  return cond.values.some((v) => sameValue(answer, v));
}

/**
 * Skip logic by question index, planned once for a list of questions and resolved for many
 * countries' answers ({@link resolveSkipPlan}): scoring a thousand countries reads arrays
 * instead of building maps for each. {@link resolveVisibility} is the same resolution by key.
 */
export interface SkipPlan {
  readonly keys: readonly string[];
  readonly specs: readonly QuestionSpec[];
  /** the index of the question a condition reads: −1 no condition, −2 a key that is not a question */
  readonly source: Int32Array;
  /** the index of the first question with the same key (itself, unless keys repeat: the first one decides) */
  readonly first: Int32Array;
}

/** Plans the skip logic of these questions (in tree order; a repeated key follows its first question). */
export function planSkipLogic(questions: readonly { key: string; spec: QuestionSpec }[]): SkipPlan {
  const indexOf = new Map<string, number>();
  questions.forEach(({ key }, q) => {
    if (!indexOf.has(key)) indexOf.set(key, q);
  });
  return {
    keys: questions.map((q) => q.key),
    specs: questions.map((q) => q.spec),
    source: Int32Array.from(questions, ({ spec }) => (spec.showIf ? (indexOf.get(spec.showIf.question) ?? -2) : -1)),
    first: Int32Array.from(questions, ({ key }) => indexOf.get(key)!),
  };
}

// resolution states of one question (0: not yet resolved)
const IN_PROGRESS = 1;
const SHOWN = 2;
const HIDDEN = 3;

/**
 * Resolves skip logic for every question of a plan into `shown` (1 shown, 0 hidden), which it
 * returns. A condition sees the referenced question's answer only while that question is itself
 * visible and validly answered; otherwise it sees null ("no answer"), so hiding a question also
 * hides what depends on it. A condition that references an unknown question, or sits on a cycle
 * (validation rejects both), sees null as well. `state` is working space (one byte per question),
 * passed in by callers that resolve many answer sets.
 */
export function resolveSkipPlan(
  plan: SkipPlan,
  answers: Answers,
  shown = new Uint8Array(plan.keys.length),
  state = new Uint8Array(plan.keys.length),
): Uint8Array {
  const { keys, specs, source, first } = plan;
  state.fill(0);
  const effective = (q: number): AnswerValue => {
    if (q < 0 || state[q] === IN_PROGRESS || !isShown(q)) return null;
    const value = answers[keys[q]!];
    return isAnswered(specs[q]!, value) ? (value ?? null) : null;
  };
  const isShown = (q: number): boolean => {
    const known = state[q];
    if (known === SHOWN || known === HIDDEN) return known === SHOWN;
    let result = true;
    if (source[q] !== -1) {
      state[q] = IN_PROGRESS;
      result = conditionHolds(specs[q]!.showIf!, effective(source[q]!));
    }
    state[q] = result ? SHOWN : HIDDEN;
    return result;
  };
  for (let q = 0; q < keys.length; q++) shown[q] = isShown(first[q]!) ? 1 : 0;
  return shown;
}

/** {@link resolveSkipPlan} by key: whether each question is shown. */
export function resolveVisibility(questions: ReadonlyMap<string, QuestionEntry>, answers: Answers): Map<string, boolean> {
  const plan = planSkipLogic([...questions].map(([key, { node }]) => ({ key, spec: node.question })));
  const shown = resolveSkipPlan(plan, answers);
  return new Map(plan.keys.map((key, q) => [key, shown[q] === 1]));
}

/** Keys of the questions the questionnaire shows for these answers (skip logic applied). */
export function visibleQuestionKeys(methodology: Methodology, answers: Answers): Set<string> {
  const visibility = resolveVisibility(questionsByKey(methodology), answers);
  return new Set([...visibility].filter(([, shown]) => shown).map(([key]) => key));
}

export interface CompletionCounts {
  /** visible questions with a usable answer ({@link isAnswered}) */
  answered: number;
  /** visible questions, text included */
  visible: number;
  /** answered / visible, 0–1; 1 when nothing is visible */
  share: number;
  /** visible, required and unanswered question keys, in tree order */
  requiredMissing: string[];
}
export interface Completion extends CompletionCounts {
  pillars: (CompletionCounts & { key: string })[];
}

/** Questionnaire progress overall and per pillar. Hidden questions are not counted at all. */
export function completion(methodology: Methodology, answers: Answers): Completion {
  const questions = questionsByKey(methodology);
  const visibility = resolveVisibility(questions, answers);
  const blank = (): CompletionCounts => ({ answered: 0, visible: 0, share: 1, requiredMissing: [] });
  const total = blank();
  const pillars = new Map(methodology.pillars.map((p) => [p.key, blank()]));
  for (const [key, { node, pillarKey }] of questions) {
    if (!visibility.get(key)) continue;
    const done = isAnswered(node.question, answers[key]);
    for (const c of [total, pillars.get(pillarKey)]) {
      if (!c) continue;
      c.visible++;
      if (done) c.answered++;
      else if (node.question.required) c.requiredMissing.push(key);
    }
  }
  for (const c of [total, ...pillars.values()]) c.share = c.visible ? c.answered / c.visible : 1;
  return { ...total, pillars: [...pillars].map(([key, c]) => ({ key, ...c })) };
}
