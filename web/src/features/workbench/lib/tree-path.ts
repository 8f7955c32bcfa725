/**
 * Editor paths name a place in a methodology the way the shared validator reports it:
 * `pillars[2].children[0].weight`, `thresholds[1].min`. One path is one field of the editor.
 */
export type PathStep = string | number;

/** `pillars[2].children[0].weight` → ['pillars', 2, 'children', 0, 'weight'] */
export function parsePath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) throw new RangeError(`not an editor path: ${path}`);
    if (match[1]) steps.push(match[1]);
    for (const index of match[2]?.matchAll(/\[(\d+)\]/g) ?? []) steps.push(Number(index[1]));
  }
  return steps;
}

/** ['pillars', 2, 'weight'] → `pillars[2].weight` (zod issue paths come as arrays) */
export function formatPath(steps: readonly PropertyKey[]): string {
  return steps.reduce<string>((out, step) => (typeof step === 'number' ? `${out}[${step}]` : out ? `${out}.${String(step)}` : String(step)), '');
}

/** A DOM id for the field at a path. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}

/** The paths of the tree nodes that contain `path`, outermost first (`pillars[0]`, `pillars[0].children[1]`). */
export function nodeAncestors(path: string): string[] {
  const out: string[] = [];
  const re = /(?:^|\.)(?:pillars|children)\[\d+\]/g;
  for (let m = re.exec(path); m; m = re.exec(path)) out.push(path.slice(0, m.index + m[0].length));
  return out;
}

/** Whether `path` is `prefix` itself or lies inside it. */
export function isWithin(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}
