import type { Methodology } from '@gci/shared';
import { appendAt, getAt, moveAt, removeAt, setAt, splitItemPath } from './tree-edit.ts';
import { isWithin } from './tree-path.ts';

/** The editor's state: the edited version, whether it differs from the stored one, and which nodes are unfolded. */
export interface EditorState {
  methodology: Methodology;
  isDirty: boolean;
  /** paths of unfolded nodes; kept in step when nodes move or go */
  open: ReadonlySet<string>;
}

export type EditorAction =
  | { type: 'set'; path: string; value: unknown }
  | { type: 'append'; path: string; item: unknown; openIt?: boolean }
  | { type: 'remove'; path: string }
  | { type: 'move'; path: string; delta: -1 | 1 }
  | { type: 'toggle'; path: string; open: boolean }
  | { type: 'reveal'; paths: readonly string[] }
  /** the server stored (or sent back) this content: nothing is unsaved any more */
  | { type: 'saved'; methodology: Methodology };

export const initialEditorState = (methodology: Methodology): EditorState => ({ methodology, isDirty: false, open: new Set() });

/** Moves the unfolded paths of a list's items with them (an item at `from` is now at `to`; null: removed). */
function remapOpen(open: ReadonlySet<string>, list: string, mapIndex: (i: number) => number | null): Set<string> {
  const next = new Set<string>();
  const prefix = `${list}[`;
  for (const path of open) {
    if (!path.startsWith(prefix)) {
      next.add(path);
      continue;
    }
    const match = /^\[(\d+)\]/.exec(path.slice(list.length));
    const to = match ? mapIndex(Number(match[1])) : null;
    if (match && to !== null) next.add(`${list}[${to}]${path.slice(list.length + match[0].length)}`);
  }
  return next;
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const edit = (methodology: Methodology, open = state.open): EditorState => ({ methodology, isDirty: true, open });
  switch (action.type) {
    case 'set':
      return edit(setAt(state.methodology, action.path, action.value));
    case 'append': {
      const m = appendAt(state.methodology, action.path, action.item);
      const added = `${action.path}[${countAt(m, action.path) - 1}]`;
      return edit(m, action.openIt ? new Set([...state.open, added]) : state.open);
    }
    case 'remove': {
      const { list, index } = splitItemPath(action.path);
      return edit(
        removeAt(state.methodology, action.path),
        remapOpen(state.open, list, (i) => (i === index ? null : i > index ? i - 1 : i)),
      );
    }
    case 'move': {
      const { list, index } = splitItemPath(action.path);
      const to = index + action.delta;
      if (to < 0 || to >= countAt(state.methodology, list)) return state;
      return edit(
        moveAt(state.methodology, action.path, action.delta),
        remapOpen(state.open, list, (i) => (i === index ? to : i === to ? index : i)),
      );
    }
    case 'toggle': {
      if (action.open === state.open.has(action.path)) return state;
      const open = new Set(state.open);
      if (action.open) open.add(action.path);
      else for (const p of state.open) if (isWithin(p, action.path)) open.delete(p);
      return { ...state, open };
    }
    case 'reveal':
      return { ...state, open: new Set([...state.open, ...action.paths]) };
    case 'saved':
      return { ...state, methodology: action.methodology, isDirty: false };
  }
}

function countAt(m: Methodology, listPath: string): number {
  const value = getAt(m, listPath);
  return Array.isArray(value) ? value.length : 0;
}
