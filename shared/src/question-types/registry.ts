import type { LocalizedString } from '../schemas/locale.ts';
import type { AnswerValue, QuestionCommon } from '../schemas/question-parts.ts';
import type { AnswerChoice, QuestionTypeDef, ScoringFacts } from './define.ts';
import { multiChoiceType } from './multi-choice.ts';
import { numberType } from './number.ts';
import { singleChoiceType } from './single-choice.ts';
import type { QuestionSpec, QuestionType, SpecOf } from './spec.ts';
import { statusType } from './status.ts';
import { textType } from './text.ts';
import { yesNoType } from './yes-no.ts';

export type { AnswerChoice, QuestionTypeDef, ScoringFacts, SpecIssueCode } from './define.ts';

/** Every question type by name. Keyed by the type union: a type added to QuestionSpecSchema does not compile until it is here. */
export type QuestionTypeRegistry = { readonly [T in QuestionType]: QuestionTypeDef<SpecOf<T>> };

export const QUESTION_TYPES: QuestionTypeRegistry = {
  yes_no: yesNoType,
  status: statusType,
  single_choice: singleChoiceType,
  multi_choice: multiChoiceType,
  number: numberType,
  text: textType,
};

/**
 * The definition of a spec's type, for code that handles any question. (Its methods take any
 * spec: the registry's keys guarantee that the spec given is of the definition's type.)
 */
export function questionTypeOf(spec: QuestionSpec): QuestionTypeDef<QuestionSpec> {
  return QUESTION_TYPES[spec.type];
}

/** A spec of another type that keeps what every type shares (required, evidence, skip condition). */
export function defaultQuestionSpec<T extends QuestionType>(type: T, keep?: QuestionSpec): SpecOf<T> {
  const common: QuestionCommon = { required: keep?.required ?? true, evidence: keep?.evidence ?? 'optional', ...(keep?.showIf ? { showIf: keep.showIf } : {}) };
  return QUESTION_TYPES[type].defaultSpec(common);
}

/** What one chooses from for this question, in order; null when the answer is typed (number, text). */
export function answerChoices(spec: QuestionSpec): readonly AnswerChoice[] | null {
  return questionTypeOf(spec).choices(spec);
}

/** The labels of the options a value names (choice questions); [] for the other types. */
export function answerLabels(spec: QuestionSpec, value: AnswerValue): LocalizedString[] {
  return questionTypeOf(spec).labels(spec, value);
}

/** How a question scores, as the public methodology page lists it. */
export function scoringFacts(spec: QuestionSpec): ScoringFacts {
  return questionTypeOf(spec).facts(spec);
}

/** Whether published results may show this question's answers (free text stays private). */
export function isPublicAnswer(spec: QuestionSpec): boolean {
  return questionTypeOf(spec).publicAnswer;
}
