import type { ConsultationComment } from '@gci/shared';

export interface CommentGroup {
  /** a node key, a country code, or '' for comments on the whole version */
  key: string;
  comments: ConsultationComment[];
}

/** Comments grouped by node (tree order of `nodeOrder`, the whole version first) or by country (by code). */
export function groupComments(comments: readonly ConsultationComment[], by: 'node' | 'country', nodeOrder: readonly string[] = []): CommentGroup[] {
  const groups = new Map<string, ConsultationComment[]>();
  for (const c of comments) {
    const key = by === 'node' ? (c.nodeKey ?? '') : c.country;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const rank = (key: string) => (key === '' ? -1 : nodeOrder.indexOf(key) < 0 ? nodeOrder.length : nodeOrder.indexOf(key));
  const keys = [...groups.keys()].sort((a, b) => (by === 'node' ? rank(a) - rank(b) || a.localeCompare(b) : a.localeCompare(b)));
  return keys.map((key) => ({ key, comments: groups.get(key)! }));
}

/** Comments still waiting for an analyst's answer. */
export const openCount = (comments: readonly ConsultationComment[]): number => comments.filter((c) => c.status === 'open').length;
