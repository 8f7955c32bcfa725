import { describe, expect, it } from 'vitest';
import type { Methodology, MethodologyNode } from '../schemas/methodology.ts';
import { GCI_2024_TIERS } from '../schemas/tiers.ts';
import { actionOrder } from './action-order.ts';

const yesNo = (key: string): MethodologyNode => ({
  kind: 'question',
  key,
  order: 1,
  weight: 1,
  texts: { title: { en: key } },
  question: { type: 'yes_no', required: true, evidence: 'none' },
});
const indicator = (key: string, question: string, order: number): MethodologyNode => ({
  kind: 'indicator',
  key,
  order,
  weight: 1,
  texts: { title: { en: key } },
  children: [yesNo(question)],
});

/** Two pillars of two one-question indicators; the technical pillar weighs three times the legal one. */
const methodology: Methodology = {
  key: 'plan',
  name: { en: 'Plan' },
  edition: 2026,
  pillarMax: 20,
  aggregation: 'arithmetic',
  missingPolicy: 'zero',
  thresholds: GCI_2024_TIERS,
  pillars: [
    {
      kind: 'pillar',
      key: 'legal',
      order: 1,
      weight: 1,
      texts: { title: { en: 'Legal' } },
      children: [indicator('legal.laws', 'legal.law', 1), indicator('legal.courts', 'legal.court', 2)],
    },
    {
      kind: 'pillar',
      key: 'technical',
      order: 2,
      weight: 3,
      texts: { title: { en: 'Technical' } },
      children: [indicator('technical.response', 'technical.cirt', 1), indicator('technical.tools', 'technical.kit', 2)],
    },
  ],
};

describe(actionOrder.name, () => {
  it('puts the indicators on the path to the next tier first, then the other unmet ones in methodology order', () => {
    // 12.5 points, tier 5: answering the CIRT question alone (+37.5) reaches tier 4
    const order = actionOrder(methodology, { 'legal.law': true, 'legal.court': false, 'technical.cirt': false, 'technical.kit': false });
    expect(order).toMatchObject({ tier: 5, nextTier: 4, met: ['legal.laws'] });
    expect(order.items).toEqual([
      { indicatorKey: 'technical.response', pillarKey: 'technical', score: 0, towardsNextTier: true, steps: ['technical.cirt'] },
      { indicatorKey: 'legal.courts', pillarKey: 'legal', score: 0, towardsNextTier: false, steps: [] },
      { indicatorKey: 'technical.tools', pillarKey: 'technical', score: 0, towardsNextTier: false, steps: [] },
    ]);
  });

  it('lists nothing to do for a country that meets everything', () => {
    const order = actionOrder(methodology, { 'legal.law': true, 'legal.court': true, 'technical.cirt': true, 'technical.kit': true });
    expect(order.items).toEqual([]);
    expect(order.met).toEqual(['legal.laws', 'legal.courts', 'technical.response', 'technical.tools']);
  });
});
