import type { ZodType } from 'zod';
import type { LocalizedString } from '../schemas/locale.ts';
import type { AnswerValue, Option, QuestionCommon } from '../schemas/question-parts.ts';

/**
 * What a question type is: one definition per type (yes-no.ts, status.ts, …), gathered in
 * registry.ts in a record keyed by the type, so that a new type does not compile until it is
 * defined, and code that handles any question goes through the registry.
 */
export interface QuestionTypeDef<S extends { type: string }, V extends AnswerValue = AnswerValue> {
  /** the answer value of this type (no answer, null, is outside it) */
  readonly value: ZodType<V>;
  /** whether answers earn points (free text does not) */
  readonly scored: boolean;
  /** whether published results may show the answer (free text stays private) */
  readonly publicAnswer: boolean;
  /** a new spec of this type carrying the fields every type shares */
  defaultSpec(common: QuestionCommon): S;
  /** what the zod schema cannot check in a spec; paths are relative to the spec */
  validate(spec: S, report: SpecReport): void;
  /** checks a given answer (never null) against the spec */
  check(spec: S, value: Exclude<AnswerValue, null>): AnswerCheck;
  /** whether a valid value is an answer at all (blank free text is not) */
  isGiven(value: V): boolean;
  /** the points a full answer earns (0 when not scored) */
  maxPoints(spec: S): number;
  /** the points of a valid, given answer, in [0, maxPoints] */
  points(spec: S, value: V): number;
  /** the answer that earns the most points the question allows; null when not scored */
  fullAnswer(spec: S): V | null;
  /** what one chooses from, in order; null when the answer is typed (number, text) */
  choices(spec: S): readonly AnswerChoice[] | null;
  /** whether a skip condition may compare this type's answer with `value` (never null) */
  isConditionValue(spec: S, value: Exclude<AnswerValue, null>): boolean;
  /** the labels of the options an answer names, in option order; [] for types without options */
  labels(spec: S, value: AnswerValue): LocalizedString[];
  /** how the spec scores, as the public methodology page lists it */
  facts(spec: S): ScoringFacts;
}

/** One thing to choose: a stored value, a key for it, and for options their own label (others are labelled by the reader's language). */
export interface AnswerChoice {
  value: boolean | string;
  key: string;
  label?: LocalizedString;
}

export interface ScoringFacts {
  /** the credit of a partial answer (status) */
  partialCredit: number | null;
  /** the options with their points (choices) */
  options: Option[];
  /** the values scoring 0 and full marks (number) */
  goalposts: { lower: number; upper: number } | null;
}
export const NO_FACTS: ScoringFacts = { partialCredit: null, options: [], goalposts: null };

export type SpecIssueCode = 'duplicate_key' | 'option_points_out_of_range' | 'goalposts_equal' | 'range_invalid';
export type SpecReport = (relativePath: string, code: SpecIssueCode, message: string) => void;

export type AnswerIssueCode = 'wrong_type' | 'unknown_option' | 'duplicate_option' | 'not_finite' | 'not_integer' | 'out_of_range' | 'too_long';
export type AnswerCheck = { ok: true } | { ok: false; code: AnswerIssueCode; message: string };

export const OK: AnswerCheck = { ok: true };
export const fail = (code: AnswerIssueCode, message: string): AnswerCheck => ({ ok: false, code, message });
