import { localize, questionsByKey, type Locale, type Methodology, type QuestionNode } from '@gci/shared';

export interface IndexedQuestion {
  node: QuestionNode;
  pillarKey: string;
  title: string;
}

/** Every question by key (tree order) with its pillar and its title in the reader's language. */
export interface QuestionIndex {
  questions: ReadonlyMap<string, IndexedQuestion>;
  pillarTitles: ReadonlyMap<string, string>;
  /** the title of a question, or its key when the methodology does not know it */
  title: (key: string) => string;
}

export function indexQuestions(methodology: Methodology, locale: Locale): QuestionIndex {
  const questions = new Map<string, IndexedQuestion>();
  for (const [key, entry] of questionsByKey(methodology)) {
    questions.set(key, { node: entry.node, pillarKey: entry.pillarKey, title: localize(entry.node.texts.title, locale) });
  }
  const pillarTitles = new Map(methodology.pillars.map((p) => [p.key, localize(p.texts.title, locale)]));
  return { questions, pillarTitles, title: (key) => questions.get(key)?.title ?? key };
}
