import type { LocalizedString } from '../schemas/locale.ts';
import type { AnswerValue, Option } from '../schemas/question-parts.ts';
import type { AnswerChoice, ScoringFacts, SpecReport } from './define.ts';

/** What single and multiple choice share: options with points, capped at maxPoints. */
interface WithOptions {
  options: Option[];
  maxPoints: number;
}

/** Option points within [0, maxPoints], option keys unique. */
export function validateOptions(spec: WithOptions, report: SpecReport): void {
  spec.options.forEach((o, i) => {
    if (!(o.points >= 0 && o.points <= spec.maxPoints))
      report(`options[${i}].points`, 'option_points_out_of_range', `points must be between 0 and ${spec.maxPoints}`);
  });
  const keys = spec.options.map((o) => o.key);
  keys.forEach((k, i) => {
    if (keys.indexOf(k) !== i) report(`options[${i}].key`, 'duplicate_key', `option key "${k}" is used twice`);
  });
}

export const isOption = (spec: WithOptions, key: AnswerValue): boolean => spec.options.some((o) => o.key === key);

export const optionChoices = (spec: WithOptions): AnswerChoice[] => spec.options.map((o) => ({ value: o.key, key: o.key, label: o.label }));

/** The labels of the options a value names (one key, or a list of keys), in option order. */
export function optionLabels(spec: WithOptions, value: AnswerValue): LocalizedString[] {
  const chosen = new Set(Array.isArray(value) ? value : [String(value)]);
  return spec.options.filter((o) => chosen.has(o.key)).map((o) => o.label);
}

export const optionFacts = (spec: WithOptions): ScoringFacts => ({
  partialCredit: null,
  options: spec.options.map((o) => ({ key: o.key, label: o.label, points: o.points })),
  goalposts: null,
});

/** `n` numbered options worth 0, 1, … points, for a new question. */
export const newOptions = (n: number): Option[] =>
  Array.from({ length: n }, (_, i) => ({ key: `option-${i + 1}`, points: i, label: { en: `Option ${i + 1}` } }));
