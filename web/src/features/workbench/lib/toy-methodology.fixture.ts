import { GCI_2024_TIERS, defaultQuestionSpec, type GroupNode, type Methodology } from '@gci/shared';

const q = (key: string, order: number) => ({
  kind: 'question' as const,
  key,
  order,
  weight: 1,
  texts: { title: { en: key } },
  question: defaultQuestionSpec('yes_no'),
});

/** For the unit tests: pillar a (weight 1) with questions a.q1 and a.q2, pillar b (weight 2) with b.q1. */
export function toy(): Methodology {
  const a: GroupNode = { kind: 'pillar', key: 'a', order: 0, weight: 1, texts: { title: { en: 'A' } }, children: [q('a.q1', 0), q('a.q2', 1)] };
  const b: GroupNode = { kind: 'pillar', key: 'b', order: 1, weight: 2, texts: { title: { en: 'B' } }, children: [q('b.q1', 0)] };
  return {
    key: 'toy',
    name: { en: 'Toy' },
    edition: 2024,
    pillarMax: 20,
    aggregation: 'arithmetic',
    missingPolicy: 'zero',
    thresholds: GCI_2024_TIERS,
    pillars: [a, b],
  };
}
