import type { Aggregation, GroupKind, GroupNode, Methodology, MethodologyNode, QuestionNode, QuestionSpec, ShowIf } from '../schemas/methodology.ts';
import { GCI_2024_TIERS } from '../schemas/tiers.ts';

/** Terse builders for hand-worked test methodologies (tests only; not exported from the package). */

const common = { required: true, evidence: 'optional' as const };
const label = (en: string) => ({ en });
const withIf = <T extends QuestionSpec>(spec: T, showIf?: ShowIf): T => (showIf ? { ...spec, showIf } : spec);

export const yesNo = (showIf?: ShowIf): QuestionSpec => withIf({ type: 'yes_no', ...common }, showIf);
export const status = (partialCredit = 0.5, showIf?: ShowIf): QuestionSpec => withIf({ type: 'status', partialCredit, ...common }, showIf);
export const single = (points: number[], maxPoints = Math.max(...points), showIf?: ShowIf): QuestionSpec =>
  withIf({ type: 'single_choice', options: points.map((p, i) => ({ key: `o${i}`, points: p, label: label(`o${i}`) })), maxPoints, ...common }, showIf);
export const multi = (options: Record<string, number>, maxPoints: number, showIf?: ShowIf): QuestionSpec =>
  withIf({ type: 'multi_choice', options: Object.entries(options).map(([key, points]) => ({ key, points, label: label(key) })), maxPoints, ...common }, showIf);
export const num = (lower: number, upper: number, extra: { min?: number; max?: number; integer?: boolean } = {}, showIf?: ShowIf): QuestionSpec =>
  withIf({ type: 'number', goalposts: { lower, upper }, integer: false, ...extra, ...common }, showIf);
export const text = (maxLength = 50, showIf?: ShowIf): QuestionSpec => withIf({ type: 'text', maxLength, ...common }, showIf);

export const q = (key: string, question: QuestionSpec, weight = 1): QuestionNode => ({
  kind: 'question',
  key,
  order: 0,
  weight,
  texts: { title: label(key) },
  question,
});

export const group = (kind: GroupKind, key: string, children: MethodologyNode[], weight = 1, aggregation?: Aggregation): GroupNode => ({
  kind,
  key,
  order: 0,
  weight,
  texts: { title: label(key) },
  children,
  ...(aggregation ? { aggregation } : {}),
});

export const methodology = (pillars: GroupNode[], extra: Partial<Methodology> = {}): Methodology => ({
  key: 'toy',
  name: label('Toy'),
  edition: 2024,
  pillarMax: 20,
  aggregation: 'arithmetic',
  missingPolicy: 'zero',
  thresholds: GCI_2024_TIERS,
  pillars,
  ...extra,
});

/**
 * The two-pillar toy worked by hand in score-assessment.test.ts. Pillars are worth 50 each.
 *   A (w 1): A1 (w 3) = { a1 yes/no w1, a2 status w1 }, A2 (w 1) = { a3 single 0/1/2 w2, a4 number 0→10 w1 }
 *   B (w 1): b1 multi {x 1, y 2, z 2} max 3 w1, b2 text, b3 yes/no shown if b1 includes x
 */
export function toyMethodology(extra: Partial<Methodology> = {}): Methodology {
  return methodology(
    [
      group('pillar', 'a', [
        group('indicator', 'a1', [q('a1.q1', yesNo()), q('a1.q2', status())], 3),
        group('indicator', 'a2', [q('a2.q3', single([0, 1, 2]), 2), q('a2.q4', num(0, 10))], 1),
      ]),
      group('pillar', 'b', [q('b.q1', multi({ x: 1, y: 2, z: 2 }, 3)), q('b.q2', text()), q('b.q3', yesNo({ op: 'equals', question: 'b.q1', value: 'x' }))]),
    ],
    { pillarMax: 50, ...extra },
  );
}
