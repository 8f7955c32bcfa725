import { z } from 'zod';
import { MultiChoiceSpecSchema } from './multi-choice.ts';
import { NumberSpecSchema } from './number.ts';
import { SingleChoiceSpecSchema } from './single-choice.ts';
import { StatusSpecSchema } from './status.ts';
import { TextSpecSchema } from './text.ts';
import { YesNoSpecSchema } from './yes-no.ts';

/** How a question is asked and scored, by type. A type added here must be defined in registry.ts. */
export const QuestionSpecSchema = z.discriminatedUnion('type', [
  YesNoSpecSchema,
  StatusSpecSchema,
  SingleChoiceSpecSchema,
  MultiChoiceSpecSchema,
  NumberSpecSchema,
  TextSpecSchema,
]);
export type QuestionSpec = z.infer<typeof QuestionSpecSchema>;
export type QuestionType = QuestionSpec['type'];
/** The spec of one type. */
export type SpecOf<T extends QuestionType> = Extract<QuestionSpec, { type: T }>;

/** The type names, in the union's order. */
export const QUESTION_TYPE_NAMES: readonly QuestionType[] = QuestionSpecSchema.options.map((o) => o.shape.type.value);
export const QuestionTypeSchema = z.enum(QUESTION_TYPE_NAMES as [QuestionType, ...QuestionType[]]);
