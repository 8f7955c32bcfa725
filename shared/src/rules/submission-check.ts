import type { AnswerValue, Answers, Methodology } from '../schemas/methodology.ts';
import type { MissingItem, SubmissionCheck } from '../schemas/questionnaire.ts';
import { questionsByKey } from '../scoring/tree.ts';
import { isAnswered, visibleQuestionKeys } from './answer-rules.ts';

export interface AnswerForCheck {
  value: AnswerValue;
  carriedOver: boolean;
  evidenceCount: number;
}

/**
 * What stands between a draft and its submission, in questionnaire order: visible required
 * questions without an answer, answers without required evidence, and carried-over answers
 * the team has neither confirmed nor changed. Hidden questions never count.
 */
export function submissionCheck(methodology: Methodology, answers: Record<string, AnswerForCheck | undefined>): SubmissionCheck {
  const values: Answers = Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a?.value]));
  const visible = visibleQuestionKeys(methodology, values);
  const missing: MissingItem[] = [];
  for (const [key, entry] of questionsByKey(methodology)) {
    if (!visible.has(key)) continue;
    const spec = entry.node.question;
    const answer = answers[key];
    const answered = isAnswered(spec, answer?.value);
    if (spec.required && !answered) missing.push({ questionKey: key, pillarKey: entry.pillarKey, reason: 'required_answer' });
    else if (answered && spec.evidence === 'required' && (answer?.evidenceCount ?? 0) === 0) {
      missing.push({ questionKey: key, pillarKey: entry.pillarKey, reason: 'required_evidence' });
    }
    if (answer?.carriedOver) missing.push({ questionKey: key, pillarKey: entry.pillarKey, reason: 'carried_over' });
  }
  return { ready: missing.length === 0, missing };
}
