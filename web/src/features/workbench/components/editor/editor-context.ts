import { createContext, useContext, type Dispatch } from 'react';
import type { Locale, LocalizedString } from '@gci/shared';
import type { EditorAction } from '../../lib/editor-reducer.ts';
import type { EditorIssue, IssueIndex } from '../../lib/methodology-issues.ts';

export interface QuestionChoice {
  key: string;
  title: LocalizedString;
}

export interface EditorContextValue {
  dispatch: Dispatch<EditorAction>;
  issues: IssueIndex;
  allIssues: readonly EditorIssue[];
  /** the language edited beside English */
  lang: Exclude<Locale, 'en'>;
  open: ReadonlySet<string>;
  /** every question of the version, for skip conditions */
  questions: readonly QuestionChoice[];
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside the methodology editor');
  return value;
}
