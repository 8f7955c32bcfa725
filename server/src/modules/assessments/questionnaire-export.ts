import {
  flattenTree,
  isAnswered,
  localize,
  visibleQuestionKeys,
  type AnswerValue,
  type Answers,
  type Locale,
  type Methodology,
  type QuestionNode,
} from '@gci/shared';
import { columnsOf, jsonCell, type Cell, type Sheet } from '../../lib/spreadsheet.ts';
import type { AnswerWithAuthor, EvidenceRow } from './assessments.repository.ts';
import { answerText } from './answer-text.ts';
import type { ThreadComment } from './export.repository.ts';

/** A question with the pillar and indicator it sits in, in questionnaire order. */
export interface PlacedQuestion {
  node: QuestionNode;
  pillar: string;
  /** the group right under the pillar ('' when the question hangs from the pillar itself) */
  indicator: string;
}

export function placedQuestions(methodology: Methodology, locale: Locale): PlacedQuestion[] {
  const entries = flattenTree(methodology);
  const title = (i: number) => (i >= 0 ? localize(entries[i]!.node.texts.title, locale) : '');
  return entries.flatMap((e) => {
    if (e.node.kind !== 'question') return [];
    let group = e.parent;
    while (group >= 0 && entries[group]!.parent !== e.pillar && group !== e.pillar) group = entries[group]!.parent;
    return [{ node: e.node, pillar: title(e.pillar), indicator: group === e.pillar ? '' : title(group) }];
  });
}

const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10);
const lines = (items: readonly string[]): string | null => (items.length ? items.join('\n') : null);

/** `2026-04-02 Ana Reviewer (reviewer, revision, open): Please cite the act.` */
const commentLine = (c: ThreadComment) => `${day(c.createdAt)} ${c.authorName} (${c.authorRole}, ${c.threadKind}, ${c.threadStatus}): ${c.body}`;

const COLUMNS = columnsOf(
  'pillar indicator question_key question type status answer raw_value carried_over updated_by updated_at evidence_links evidence_documents comments',
);

export interface QuestionnaireExportInput {
  methodology: Methodology;
  locale: Locale;
  answers: readonly AnswerWithAuthor[];
  evidence: readonly EvidenceRow[];
  /** every comment of every thread, oldest first */
  comments: readonly ThreadComment[];
}

/**
 * One row per question in questionnaire order: where it sits, its text, whether it is answered
 * (or hidden by skip logic), the answer as people read it and as stored, its evidence and the
 * review comments on it; comments of threads not tied to a question come last, in one row.
 */
export function questionnaireSheet({ methodology, locale, answers, evidence, comments }: QuestionnaireExportInput): Sheet {
  const byKey = new Map(answers.map((a) => [a.questionKey, a]));
  const values: Answers = Object.fromEntries(answers.map((a) => [a.questionKey, a.value as AnswerValue]));
  const visible = visibleQuestionKeys(methodology, values);
  const rows: Cell[][] = placedQuestions(methodology, locale).map(({ node, pillar, indicator }) => {
    const answer = byKey.get(node.key);
    const value = answer?.value as AnswerValue | undefined;
    const status = !visible.has(node.key) ? 'not_applicable' : isAnswered(node.question, value) ? 'answered' : 'unanswered';
    const items = answer ? evidence.filter((e) => e.answerId === answer.id) : [];
    return [
      pillar,
      indicator,
      node.key,
      localize(node.texts.title, locale),
      node.question.type,
      status,
      answerText(node.question, value, locale),
      jsonCell(value),
      answer?.carriedOver ?? false,
      answer?.updatedByName ?? null,
      answer ? new Date(answer.updatedAt).toISOString() : null,
      lines(items.filter((e) => e.kind === 'link').map((e) => (e.title && e.title !== e.url ? `${e.title} <${e.url}>` : (e.url ?? '')))),
      lines(items.filter((e) => e.kind === 'file').map((e) => e.fileName ?? e.title)),
      lines(comments.filter((c) => c.questionKey === node.key).map(commentLine)),
    ];
  });
  const general = comments.filter((c) => c.questionKey === null);
  if (general.length) rows.push(['', '', '', '', '', '', '', null, false, null, null, null, null, lines(general.map(commentLine))]);
  return { name: 'Questionnaire', columns: COLUMNS, rows };
}
