import { expect } from 'vitest';
import { SubmissionCheckSchema, questionsByKey, type QuestionSpec } from '@gci/shared';
import type { ApiUser } from './api-user.ts';

/** A value every question type accepts (the midpoint of a number's goalposts, within its bounds). */
function validValue(spec: QuestionSpec): unknown {
  switch (spec.type) {
    case 'yes_no':
      return true;
    case 'status':
      return 'in_place';
    case 'single_choice':
      return spec.options[0]!.key;
    case 'multi_choice':
      return [spec.options[0]!.key];
    case 'number': {
      const mid = (spec.goalposts.lower + spec.goalposts.upper) / 2;
      const clamped = Math.min(spec.max ?? mid, Math.max(spec.min ?? mid, mid));
      return spec.integer ? Math.round(clamped) : clamped;
    }
    case 'text':
      return 'Described in the national strategy.';
  }
}

/** The focal point answers what the submission check asks for (skip logic may reveal more), then submits. */
export async function answerAndSubmit(api: ApiUser, id: string): Promise<void> {
  await answerRequired(api, id);
  const submitted = await api.request('POST', `/api/assessments/${id}/transitions`, { action: 'submit' });
  expect(submitted.json).toEqual({ status: 'submitted' });
}

/** The focal point answers what the submission check asks for, leaving the submission to the test. */
export async function answerRequired(api: ApiUser, id: string): Promise<void> {
  const questions = questionsByKey((await api.detail(id)).methodology);
  for (let round = 0; round < 5; round++) {
    const check = SubmissionCheckSchema.parse((await api.request('GET', `/api/assessments/${id}/submission-check`)).json);
    if (check.ready) break;
    const answers = (await api.detail(id)).answers;
    for (const item of check.missing) {
      if (item.reason === 'required_answer') {
        const spec = questions.get(item.questionKey)!.node.question;
        expect(await api.save(id, item.questionKey, validValue(spec), answers[item.questionKey]?.version ?? 0)).toBe(200);
      } else if (item.reason === 'required_evidence') {
        const added = await api.request('POST', `/api/assessments/${id}/answers/${item.questionKey}/evidence`, {
          title: 'Official gazette',
          url: 'https://example.org/gazette',
        });
        expect(added.status).toBe(201);
      }
    }
  }
}
