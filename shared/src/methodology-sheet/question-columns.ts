import type { QuestionType } from '../question-types/spec.ts';

/**
 * The columns each question type fills besides the ones every question has (required,
 * evidence_rule, show_if): keyed by the type union, so a new type does not compile until its
 * fields have columns, and a test checks that every field of every spec schema has one.
 */
export interface SpecColumn {
  column: string;
  /** the spec field, dotted for a nested one (`goalposts.lower`) */
  field: string;
  read: 'number' | 'integer' | 'boolean';
  /** the spec cannot do without it (the others, when blank, are left out and take their default) */
  required?: boolean;
}

export interface TypeColumns {
  columns: readonly SpecColumn[];
  /** whether the question's options follow it as `option` rows */
  options: boolean;
}

const MAX_POINTS: SpecColumn = { column: 'max_points', field: 'maxPoints', read: 'number', required: true };

export const TYPE_COLUMNS: { readonly [T in QuestionType]: TypeColumns } = {
  yes_no: { columns: [], options: false },
  status: { columns: [{ column: 'partial_credit', field: 'partialCredit', read: 'number' }], options: false },
  single_choice: { columns: [MAX_POINTS], options: true },
  multi_choice: { columns: [MAX_POINTS], options: true },
  number: {
    columns: [
      { column: 'goalpost_lower', field: 'goalposts.lower', read: 'number', required: true },
      { column: 'goalpost_upper', field: 'goalposts.upper', read: 'number', required: true },
      { column: 'min', field: 'min', read: 'number' },
      { column: 'max', field: 'max', read: 'number' },
      { column: 'integer', field: 'integer', read: 'boolean' },
    ],
    options: false,
  },
  text: { columns: [{ column: 'max_length', field: 'maxLength', read: 'integer' }], options: false },
};

/** The columns of the fields every question has, by spec field. */
export const COMMON_SPEC_COLUMNS: Readonly<Record<string, string>> = { required: 'required', evidence: 'evidence_rule', showIf: 'show_if' };

/** Every type column, by spec field (`goalposts` points at its lower bound). */
export const SPEC_FIELD_COLUMNS: Readonly<Record<string, string>> = {
  ...COMMON_SPEC_COLUMNS,
  ...Object.fromEntries(Object.values(TYPE_COLUMNS).flatMap((t) => t.columns.map((c) => [c.field, c.column]))),
  goalposts: 'goalpost_lower',
  options: 'type',
};

/** Columns only some question types use: a question row may fill those of its own type only. */
export const TYPE_ONLY_COLUMNS: readonly string[] = [...new Set(Object.values(TYPE_COLUMNS).flatMap((t) => t.columns.map((c) => c.column)))];

export const getField = (spec: object, field: string): unknown =>
  field.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), spec);

export function setField(spec: Record<string, unknown>, field: string, value: unknown): void {
  const parts = field.split('.');
  let target = spec;
  for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
  target[parts[parts.length - 1]!] = value;
}
