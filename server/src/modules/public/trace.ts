import {
  answerLabels,
  flattenTree,
  isPublicAnswer,
  type Answers,
  type AnswerValue,
  type AssessmentScore,
  type LocalizedString,
  type Methodology,
  type QuestionSpec,
  type TraceAnswer,
  type TraceRow,
} from '@gci/shared';

/** Titles of every node of a methodology, by key. */
export function titlesOf(methodology: Methodology): Map<string, LocalizedString> {
  return new Map(flattenTree(methodology).map((e) => [e.node.key, e.node.texts.title]));
}

/** What a reader sees of an answer: its value, with the option labels of a choice question. Free text stays private. */
export function traceAnswer(spec: QuestionSpec, value: AnswerValue | undefined): TraceAnswer | null {
  if (value === undefined || value === null || !isPublicAnswer(spec)) return null;
  return { value, labels: answerLabels(spec, value) };
}

/**
 * The answer-to-tier trace of one country: every node in methodology pre-order with its score,
 * its share of the overall score and its contribution (points of 100), and for questions the
 * answer and points. Answers are null when they could not be verified against the publication.
 */
export function buildTrace(methodology: Methodology, score: AssessmentScore, answers: Answers | undefined): TraceRow[] {
  const entries = flattenTree(methodology);
  const questions = new Map(score.questions.map((q) => [q.key, q]));
  return entries.map((e) => {
    const node = score.nodes[e.node.key];
    const parent = e.parent >= 0 ? entries[e.parent]!.node.key : null;
    let depth = 0;
    for (let p = e.parent; p >= 0; p = entries[p]!.parent) depth++;
    const base = {
      key: e.node.key,
      parentKey: parent,
      depth,
      kind: e.node.kind,
      title: e.node.texts.title,
      normalized: node?.normalized ?? null,
      weight: node?.weight ?? 0,
      effectiveWeight: node?.effectiveWeight ?? 0,
      contribution: node?.contribution ?? 0,
      // only where a minimum coverage applied, so traces of other versions keep their shape
      ...(node?.answeredShare === undefined ? {} : { answeredShare: node.answeredShare, belowMinCoverage: node.belowMinCoverage === true }),
    };
    if (e.node.kind !== 'question') return { ...base, question: null };
    const q = questions.get(e.node.key);
    return {
      ...base,
      question: {
        type: e.node.question.type,
        status: q?.status ?? 'hidden',
        answer: answers ? traceAnswer(e.node.question, answers[e.node.key]) : null,
        points: q?.points ?? null,
        maxPoints: q?.maxPoints ?? 0,
      },
    };
  });
}
