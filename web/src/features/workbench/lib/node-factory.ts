import { defaultQuestionSpec, flattenTree, type GroupKind, type Methodology, type MethodologyNode, type TierThreshold } from '@gci/shared';

/** Kinds a new child of each node may have (pillars hold indicators, indicators sub-indicators, any group questions). */
export const CHILD_KINDS: Record<GroupKind | 'root', MethodologyNode['kind'][]> = {
  root: ['pillar'],
  pillar: ['indicator', 'question'],
  indicator: ['sub_indicator', 'question'],
  sub_indicator: ['question'],
};

/** `base.new`, `base.new-2`, … the first key not yet used anywhere in the tree (keys share one namespace). */
export function freeKey(m: Methodology, base: string): string {
  const used = new Set(flattenTree(m).map((e) => e.node.key));
  const stem = `${base ? `${base}.` : ''}new`;
  if (!used.has(stem)) return stem;
  for (let i = 2; ; i++) if (!used.has(`${stem}-${i}`)) return `${stem}-${i}`;
}

/** A new node of a kind, titled so the analyst sees what to fill in. */
export function newNode(kind: MethodologyNode['kind'], key: string, order: number, title: string): MethodologyNode {
  const texts = { title: { en: title } };
  if (kind === 'question') return { kind, key, order, weight: 1, texts, question: defaultQuestionSpec('yes_no') };
  return { kind, key, order, weight: 1, texts, children: [] };
}

/** A tier appended below the others; its minimum starts at 0 (the validator then asks to raise the one above). */
export function newTier(thresholds: readonly TierThreshold[]): TierThreshold {
  const tier = thresholds.length + 1;
  return { tier, key: `tier-${tier}`, name: { en: `Tier ${tier}` }, min: 0 };
}
