import type { z } from 'zod';
import { ShowIfSchema, type ShowIf } from '../schemas/question-parts.ts';

/**
 * A skip condition in one cell, readable and exact: `legal.spam answered`, `legal.spam = "in_place"`,
 * `technical.staff = 5`, `legal.law = true`, `technical.tools in ["a", "b"]`. Values are JSON, so
 * text is quoted and a number or a boolean comes back as it was.
 */
export function formatShowIf(showIf: ShowIf): string {
  switch (showIf.op) {
    case 'answered':
      return `${showIf.question} answered`;
    case 'equals':
      return `${showIf.question} = ${JSON.stringify(showIf.value)}`;
    case 'in':
      return `${showIf.question} in ${JSON.stringify(showIf.values)}`;
    default: {
      const never: never = showIf;
      return never;
    }
  }
}

const FORMS = /^(\S+)\s+(?:(answered)|(=)\s*(.+)|(in)\s+(\[.*\]))$/s;

/** Reads a cell written as {@link formatShowIf} writes it; a message says what is wrong otherwise. */
export function parseShowIf(text: string): { showIf: ShowIf } | { error: string } {
  const match = FORMS.exec(text.trim());
  if (!match) return { error: 'write `<question key> answered`, `<question key> = <value>` or `<question key> in [<value>, …]`' };
  const [, question, answered, equals, value, inOp, values] = match;
  let candidate: unknown;
  try {
    if (answered) candidate = { op: 'answered', question };
    else if (equals) candidate = { op: 'equals', question, value: JSON.parse(value!) as unknown };
    else if (inOp) candidate = { op: 'in', question, values: JSON.parse(values!) as unknown };
  } catch {
    return { error: 'the value must be JSON: "text" in double quotes, a number, true, false or null' };
  }
  const parsed = ShowIfSchema.safeParse(candidate);
  if (!parsed.success) return { error: describe(parsed.error) };
  return { showIf: parsed.data };
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue?.path[0] === 'question') return 'the question key must be lower-case letters, digits, dot, dash or underscore';
  if (issue?.path[0] === 'values') return 'list one or more values: text in double quotes, numbers, true, false or null';
  return 'the value must be text in double quotes, a number, true, false, null or a list of texts';
}
