import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GroupNode, Methodology, MethodologyNode } from '../schemas/methodology.ts';
import { pointsFor } from './question-score.ts';
import { scoreAssessment } from './score-assessment.ts';
import { answerArb, questionSpecs, scenarioArb } from './test-arbitraries.ts';

const close = (a: number, b: number, eps = 1e-9) => Math.abs(a - b) <= eps * Math.max(1, Math.abs(a), Math.abs(b));

/** Multiplies the weights of the children of the group at `index` (pre-order; -1: the pillars). */
function scaleLevel(m: Methodology, index: number, factor: number): Methodology {
  let i = 0;
  const scaleAll = (nodes: MethodologyNode[]) => nodes.map((n) => ({ ...n, weight: n.weight * factor }));
  const visit = (n: MethodologyNode): MethodologyNode => {
    if (n.kind === 'question') return n;
    const mine = i++ === index;
    const children = n.children.map(visit);
    return { ...n, children: mine ? scaleAll(children) : children };
  };
  const pillars = m.pillars.map(visit) as GroupNode[];
  return { ...m, pillars: index < 0 ? (scaleAll(pillars) as GroupNode[]) : pillars };
}

describe('scoreAssessment properties', () => {
  it('keeps every score unchanged when all sibling weights of a level are scaled by a positive constant', () => {
    const arb = scenarioArb({ skipLogic: true }).chain((s) =>
      fc.record({ level: fc.integer({ min: -1, max: 12 }), factor: fc.double({ min: 0.01, max: 100, noNaN: true }) }).map((x) => ({ ...s, ...x })),
    );
    fc.assert(
      fc.property(arb, ({ m, answers, level, factor }) => {
        const before = scoreAssessment(m, answers);
        const after = scoreAssessment(scaleLevel(m, level, factor), answers);
        expect(close(before.overall, after.overall)).toBe(true);
        for (const [key, node] of Object.entries(before.nodes)) {
          const other = after.nodes[key]!;
          expect(node.normalized === null ? other.normalized === null : close(node.normalized, other.normalized ?? NaN)).toBe(true);
          expect(close(node.effectiveWeight, other.effectiveWeight)).toBe(true);
        }
      }),
    );
  });

  it('never lowers any score when one answer improves (no skip logic)', () => {
    const arb = scenarioArb().chain((s) => {
      const specs = questionSpecs(s.m);
      return fc
        .integer({ min: 0, max: specs.length - 1 })
        .chain((i) => fc.tuple(answerArb(specs[i]![1]), answerArb(specs[i]![1])).map(([x, y]) => ({ ...s, key: specs[i]![0], spec: specs[i]![1], x, y })));
    });
    fc.assert(
      fc.property(arb, fc.constantFrom('zero' as const, 'exclude' as const), ({ m, answers, key, spec, x, y }, missingPolicy) => {
        const [worse, better] = (pointsFor(spec, x) ?? -1) <= (pointsFor(spec, y) ?? -1) ? [x, y] : [y, x];
        const low = scoreAssessment(m, { ...answers, [key]: worse }, { missingPolicy });
        const high = scoreAssessment(m, { ...answers, [key]: better }, { missingPolicy });
        expect(high.overall).toBeGreaterThanOrEqual(low.overall - 1e-9);
        for (const [k, node] of Object.entries(low.nodes)) {
          if (node.normalized !== null) expect(high.nodes[k]!.normalized!).toBeGreaterThanOrEqual(node.normalized - 1e-12);
        }
        // under 'zero', answering at all never hurts either
        if (missingPolicy === 'zero') {
          const { [key]: _, ...without } = answers;
          expect(high.overall).toBeGreaterThanOrEqual(scoreAssessment(m, without).overall - 1e-9);
        }
      }),
    );
  });

  it('has contributions that sum to the overall score, level by level', () => {
    fc.assert(
      fc.property(scenarioArb({ skipLogic: true }), fc.constantFrom('zero' as const, 'exclude' as const), ({ m, answers }, missingPolicy) => {
        const s = scoreAssessment(m, answers, { missingPolicy });
        const total = s.questions.reduce((a, t) => a + t.contribution, 0);
        expect(close(total, s.overall)).toBe(true);
        const check = (n: MethodologyNode): void => {
          if (n.kind === 'question') return;
          const children = n.children.reduce((a, c) => a + s.nodes[c.key]!.contribution, 0);
          expect(close(children, s.nodes[n.key]!.contribution)).toBe(true);
          n.children.forEach(check);
        };
        m.pillars.forEach(check);
        for (const t of s.questions) expect(t.contribution).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('keeps the overall score within [0, 100] and pillar scores within [0, pillarMax]', () => {
    fc.assert(
      fc.property(scenarioArb({ skipLogic: true }), ({ m, answers }) => {
        const s = scoreAssessment(m, answers);
        expect(s.overall).toBeGreaterThanOrEqual(0);
        expect(s.overall).toBeLessThanOrEqual(100);
        for (const p of s.pillars) expect(p.score >= 0 && p.score <= m.pillarMax).toBe(true);
        expect(s.coverage >= 0 && s.coverage <= 1).toBe(true);
      }),
    );
  });
});
