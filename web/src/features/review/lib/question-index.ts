import { flattenTree, localize, questionsByKey, type Locale, type Methodology, type QuestionNode } from '@gci/shared';

export interface IndexedQuestion {
  node: QuestionNode;
  pillarKey: string;
  title: string;
}

/** Every question by key (tree order) with its pillar and its title in the reader's language. */
export interface QuestionIndex {
  questions: ReadonlyMap<string, IndexedQuestion>;
  pillarTitles: ReadonlyMap<string, string>;
  /** the title of a question (or of any node), or its key when the methodology does not know it */
  title: (key: string) => string;
}

export function indexQuestions(methodology: Methodology, locale: Locale): QuestionIndex {
  const questions = new Map<string, IndexedQuestion>();
  for (const [key, entry] of questionsByKey(methodology)) {
    questions.set(key, { node: entry.node, pillarKey: entry.pillarKey, title: localize(entry.node.texts.title, locale) });
  }
  const pillarTitles = new Map(methodology.pillars.map((p) => [p.key, localize(p.texts.title, locale)]));
  const nodeTitles = new Map(flattenTree(methodology).map((e) => [e.node.key, e.node.texts.title]));
  const title = (key: string) => {
    const node = nodeTitles.get(key);
    return questions.get(key)?.title ?? (node ? localize(node, locale) : key);
  };
  return { questions, pillarTitles, title };
}
