import { createElement, type ComponentType } from 'react';
import type { QuestionType, SpecOf } from '@gci/shared';
import type { AnswerInputProps } from './answer-input-props.ts';
import { ChoiceInput } from './choice-input.tsx';
import { MultiChoiceInput } from './multi-choice-input.tsx';
import { NumberAnswerInput } from './number-answer-input.tsx';
import { TextAnswerInput } from './text-answer-input.tsx';

export type { AnswerInputProps } from './answer-input-props.ts';

type InputOf<T extends QuestionType> = ComponentType<AnswerInputProps<SpecOf<T>>>;

/** The input of every question type, keyed by the type: a new type does not compile until it has one. */
const INPUTS: { [T in QuestionType]: InputOf<T> } = {
  yes_no: ChoiceInput,
  status: ChoiceInput,
  single_choice: ChoiceInput,
  multi_choice: MultiChoiceInput,
  number: NumberAnswerInput,
  text: TextAnswerInput,
};

/** The answer to a question in the input that suits its type: the questionnaire's, and a reviewer's correction. */
export function AnswerInput(props: AnswerInputProps) {
  // INPUTS is a constant table: the component is looked up, not created, during render
  return createElement(INPUTS[props.spec.type] as ComponentType<AnswerInputProps>, props);
}
