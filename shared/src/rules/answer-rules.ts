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
 * Resolves skip logic for every question. A condition sees the referenced question's answer only
 * while that question is itself visible and validly answered; otherwise it sees null ("no
 * answer"), so hiding a question also hides what depends on it. A condition that references an
 * unknown question, or sits on a cycle (validation rejects both), sees null as well.
 */
export function resolveVisibility(questions: ReadonlyMap<string, QuestionEntry>, answers: Answers): Map<string, boolean> {
  const visible = new Map<string, boolean>();
  const inProgress = new Set<string>();
  const effective = (key: string): AnswerValue => {
    const entry = questions.get(key);
    if (!entry || inProgress.has(key) || !isVisible(key)) return null;
    const value = answers[key];
    return isAnswered(entry.node.question, value) ? (value ?? null) : null;
  };
  const isVisible = (key: string): boolean => {
    const known = visible.get(key);
    if (known !== undefined) return known;
    const cond = questions.get(key)?.node.question.showIf;
    inProgress.add(key);
    const result = !cond || conditionHolds(cond, effective(cond.question));
    inProgress.delete(key);
    visible.set(key, result);
    return result;
  };
  for (const key of questions.keys()) isVisible(key);
  return visible;
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
