import type { AnswerState, AnswerValue } from '@gci/shared';

// For the unit tests of the edit queue and the autosave engine: one user's edit of one question.

export const target = { userId: 'u1', assessmentId: 'a1', questionKey: 'q1' };
export const at = new Date('2026-11-24T10:00:00Z');
let keys = 0;
export const newKey = () => `key-${++keys}`;

/** The server's state of question q1. */
export function answer(value: AnswerValue, version: number, name = 'Someone'): AnswerState {
  return {
    questionKey: 'q1',
    value,
    version,
    carriedOver: false,
    updatedAt: at.toISOString(),
    updatedBy: { id: '00000000-0000-4000-8000-000000000001', name },
    evidence: [],
  };
}
