import { MethodologySchema, validateMethodology, type Methodology } from '@gci/shared';
import { formatPath, isWithin } from './tree-path.ts';

/** One problem of the edited version, beside the field at `path` (`pillars[2].children[0].weight`). */
export interface EditorIssue {
  path: string;
  code: string;
  message: string;
  /** 'shape': the shared schema refuses it; 'rule': the shared validator flags it */
  source: 'shape' | 'rule';
}

/**
 * Everything wrong with a version being edited: the shape the shared schema requires (an English
 * title, a key's characters, a number where one is needed) and the shared validator's rules (weights,
 * tiers, skip logic). The server runs the same two checks on save and on publish.
 */
export function methodologyIssues(m: Methodology): EditorIssue[] {
  const parsed = MethodologySchema.safeParse(m);
  const shape = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: formatPath(i.path), code: i.code, message: i.message, source: 'shape' as const }));
  let rules: EditorIssue[] = [];
  try {
    rules = validateMethodology(m).map((i) => ({ ...i, source: 'rule' as const }));
  } catch {
    // the validator expects a well-formed tree; the shape issues already say what to fix
  }
  const seen = new Set<string>();
  return [...shape, ...rules].filter((i) => {
    const id = `${i.path}\u0000${i.message}`;
    return seen.has(id) ? false : (seen.add(id), true);
  });
}

/** Codes the server refuses to store even in a draft (the rest may be saved and fixed later). */
export const UNSTORABLE_CODES = new Set(['invalid_weight', 'duplicate_key', 'misplaced_kind']);

/** Whether the server would refuse to store the draft: any shape issue, or an unstorable rule. */
export function blocksSaving(issue: EditorIssue): boolean {
  return issue.source === 'shape' || UNSTORABLE_CODES.has(issue.code);
}

export type IssueIndex = ReadonlyMap<string, EditorIssue[]>;

/** Issues by path, for the fields to look up their own. */
export function indexIssues(issues: readonly EditorIssue[]): IssueIndex {
  const index = new Map<string, EditorIssue[]>();
  for (const issue of issues) index.set(issue.path, [...(index.get(issue.path) ?? []), issue]);
  return index;
}

/** How many issues lie inside a node (for the badge on a folded node). */
export function countWithin(issues: readonly EditorIssue[], nodePath: string): number {
  return issues.reduce((n, i) => n + (isWithin(i.path, nodePath) ? 1 : 0), 0);
}
