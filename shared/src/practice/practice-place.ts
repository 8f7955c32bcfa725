import type { Methodology, MethodologyNode } from '../schemas/methodology.ts';

/** Where a question sits for the library: its pillar and its indicator (the nearest indicator above it). */
export interface PracticePlace {
  pillarKey: string;
  indicatorKey: string | null;
}

/** The place of a question in a methodology, or null when the methodology has no such question. */
export function practicePlaceOf(methodology: Methodology, questionKey: string): PracticePlace | null {
  const walk = (node: MethodologyNode, pillarKey: string, indicatorKey: string | null): PracticePlace | null => {
    if (node.kind === 'question') return node.key === questionKey ? { pillarKey, indicatorKey } : null;
    const here = node.kind === 'indicator' ? node.key : indicatorKey;
    for (const child of node.children) {
      const found = walk(child, pillarKey, here);
      if (found) return found;
    }
    return null;
  };
  for (const pillar of methodology.pillars) {
    const found = walk(pillar, pillar.key, null);
    if (found) return found;
  }
  return null;
}
