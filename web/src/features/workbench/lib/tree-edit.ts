import type { Methodology } from '@gci/shared';
import { parsePath, type PathStep } from './tree-path.ts';

/**
 * Immutable edits of a methodology at an editor path: only the objects along the path are copied,
 * so unchanged subtrees keep their identity (React skips them). Arrays of tree nodes keep their
 * `order` equal to their position, as the engine and the editor read array order.
 */
function update(target: unknown, steps: readonly PathStep[], fn: (value: unknown) => unknown): unknown {
  if (steps.length === 0) return fn(target);
  const [head, ...rest] = steps as [PathStep, ...PathStep[]];
  if (Array.isArray(target) && typeof head === 'number') {
    const copy: unknown[] = [...(target as unknown[])];
    copy[head] = update(copy[head], rest, fn);
    return copy;
  }
  // a text in a language not yet given (`texts.help.fr`) creates its object
  if (target === undefined && typeof head === 'string') target = {};
  if (typeof target === 'object' && target !== null && typeof head === 'string') {
    const copy: Record<string, unknown> = { ...(target as Record<string, unknown>) };
    const next = update(copy[head], rest, fn);
    if (next === undefined) delete copy[head];
    else copy[head] = next;
    return copy;
  }
  throw new RangeError(`no ${String(head)} at this path`);
}

/** The value at a path, or undefined. */
export function getAt(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const step of parsePath(path)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PathStep, unknown>)[step];
  }
  return value;
}

/** Sets the value at a path; `undefined` removes an object key (an optional text left empty). */
export function setAt(m: Methodology, path: string, value: unknown): Methodology {
  return update(m, parsePath(path), () => value) as Methodology;
}

const renumber = (items: unknown[]): unknown[] =>
  items.map((item, i) => (typeof item === 'object' && item !== null && 'kind' in item && 'order' in item ? { ...item, order: i } : item));

function editArray(m: Methodology, arrayPath: string, fn: (items: unknown[]) => unknown[]): Methodology {
  return update(m, parsePath(arrayPath), (items) => {
    if (!Array.isArray(items)) throw new RangeError(`${arrayPath} is not a list`);
    return renumber(fn(items));
  }) as Methodology;
}

/** Splits `pillars[0].children[3]` into the list's path and the index. */
export function splitItemPath(path: string): { list: string; index: number } {
  const match = /^(.*)\[(\d+)\]$/.exec(path);
  if (!match) throw new RangeError(`${path} is not a list item`);
  return { list: match[1] ?? '', index: Number(match[2]) };
}

export function appendAt(m: Methodology, listPath: string, item: unknown): Methodology {
  return editArray(m, listPath, (items) => [...items, item]);
}

export function removeAt(m: Methodology, itemPath: string): Methodology {
  const { list, index } = splitItemPath(itemPath);
  return editArray(m, list, (items) => items.filter((_, i) => i !== index));
}

/** Moves a list item up (-1) or down (+1); a move past either end changes nothing. */
export function moveAt(m: Methodology, itemPath: string, delta: -1 | 1): Methodology {
  const { list, index } = splitItemPath(itemPath);
  return editArray(m, list, (items) => {
    const to = index + delta;
    if (to < 0 || to >= items.length) return items;
    const copy = [...items];
    [copy[index], copy[to]] = [copy[to], copy[index]];
    return copy;
  });
}
