import type { Methodology, MethodologyNode, QuestionNode } from '../schemas/methodology.ts';

/** One node of a methodology tree with where it sits. */
export interface TreeEntry {
  node: MethodologyNode;
  /** position in pre-order (pillars in array order, children in array order) */
  index: number;
  /** index of the parent entry, -1 for a pillar */
  parent: number;
  /** index of the pillar this node belongs to (its own index for a pillar) */
  pillar: number;
  /** the editor path of the node, e.g. `pillars[2].children[0]` */
  path: string;
}

/**
 * Lists every node in pre-order: a parent always comes before its children, so walking the list
 * backwards visits children before parents (what bottom-up aggregation needs). Array order is
 * used throughout the engine, not `order`: editors keep arrays sorted, and a fixed order keeps
 * random draws reproducible.
 */
export function flattenTree(methodology: Methodology): TreeEntry[] {
  const out: TreeEntry[] = [];
  const visit = (node: MethodologyNode, path: string, parent: number, pillar: number): void => {
    const index = out.length;
    const pillarIndex = parent < 0 ? index : pillar;
    out.push({ node, index, parent, pillar: pillarIndex, path });
    if (node.kind === 'question') return;
    node.children.forEach((child, i) => visit(child, `${path}.children[${i}]`, index, pillarIndex));
  };
  methodology.pillars.forEach((p, i) => visit(p, `pillars[${i}]`, -1, -1));
  return out;
}

/** A question with the key of its pillar, in tree order. */
export interface QuestionEntry {
  node: QuestionNode;
  pillarKey: string;
  path: string;
}

/** Every question by key, in tree order (Map iteration order). Later duplicates are ignored. */
export function questionsByKey(methodology: Methodology): Map<string, QuestionEntry> {
  return questionsOf(flattenTree(methodology));
}

/** {@link questionsByKey} from a tree already flattened. */
export function questionsOf(entries: readonly TreeEntry[]): Map<string, QuestionEntry> {
  const out = new Map<string, QuestionEntry>();
  for (const e of entries) {
    if (e.node.kind !== 'question' || out.has(e.node.key)) continue;
    const pillarKey = entries[e.pillar]?.node.key ?? '';
    out.set(e.node.key, { node: e.node, pillarKey, path: e.path });
  }
  return out;
}
