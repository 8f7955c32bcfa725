import type { QuestionDiff, SubmissionSnapshot } from '../schemas/review.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const evidenceRefs = (e: SubmissionSnapshot[string] | undefined) => (e?.evidence ?? []).map((x) => x.ref).sort();

/** The questions whose value or evidence differ between two submissions, in key order. */
export function diffSubmissions(before: SubmissionSnapshot, after: SubmissionSnapshot): QuestionDiff[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: QuestionDiff[] = [];
  for (const questionKey of keys) {
    const b = before[questionKey];
    const a = after[questionKey];
    const valueChanged = !same(b?.value, a?.value);
    const evidenceChanged = !same(evidenceRefs(b), evidenceRefs(a));
    if (valueChanged || evidenceChanged) changes.push({ questionKey, before: b ?? null, after: a ?? null, valueChanged, evidenceChanged });
  }
  return changes;
}
