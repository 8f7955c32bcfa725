import fc from 'fast-check';
import type { Aggregation, Answers, AnswerValue, GroupNode, Methodology, MethodologyNode, QuestionSpec, QuestionType, ShowIf } from '../schemas/methodology.ts';
import { group, methodology, multi, num, q, single, status, text, yesNo } from './test-toy.ts';

/** fast-check generators of methodologies and answers for the property tests (tests only). */

/** Specs of every type (keyed by type, so a new type must get one). */
const SPEC_ARBS: Record<QuestionType, fc.Arbitrary<QuestionSpec>> = {
  yes_no: fc.constant(yesNo()),
  status: fc.constantFrom(0, 0.25, 0.5, 1).map((c) => status(c)),
  single_choice: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 4 }).map((p) => single(p, Math.max(1, ...p))),
  multi_choice: fc
    .array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 4 })
    .chain((p) => fc.integer({ min: 1, max: 8 }).map((max) => multi(Object.fromEntries(p.map((x, i) => [`k${i}`, Math.min(x, max)])), max))),
  number: fc
    .tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -20, max: 20 }))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => num(a, b)),
  text: fc.constant(text()),
};
export const specArb: fc.Arbitrary<QuestionSpec> = fc.oneof(...Object.values(SPEC_ARBS));
const weightArb = fc.oneof(fc.integer({ min: 1, max: 9 }), fc.double({ min: 0.05, max: 10, noNaN: true }));

interface Shape {
  weight: number;
  spec?: QuestionSpec;
  aggregation?: Aggregation;
  children?: Shape[];
}
const shapeArb = (depth: number): fc.Arbitrary<Shape> => {
  const leaf = fc.record({ weight: weightArb, spec: specArb });
  if (depth === 0) return leaf;
  const inner = fc.record({
    weight: weightArb,
    aggregation: fc.constantFrom<Aggregation | undefined>(undefined, undefined, 'arithmetic', 'geometric'),
    children: fc.array(shapeArb(depth - 1), { minLength: 1, maxLength: 3 }),
  });
  return fc.oneof(leaf, inner);
};

function build(shape: Shape, key: string, kind: 'pillar' | 'indicator'): MethodologyNode {
  if (shape.spec && kind !== 'pillar') return q(key, shape.spec, shape.weight);
  const children = shape.children ?? [{ weight: 1, spec: shape.spec ?? yesNo() }];
  return group(
    kind,
    key,
    children.map((c, i) => build(c, `${key}.${i}`, 'indicator')),
    shape.weight,
    shape.aggregation,
  );
}

export interface ArbOptions {
  /** give some questions a skip condition on an earlier question (no cycles) */
  skipLogic?: boolean;
  aggregation?: Aggregation | 'any';
  /** how many pillars, [min, max]: 1–4 by default */
  pillars?: readonly [number, number];
}

/** Methodologies of 1–4 pillars (or options.pillars), up to 3 levels below, every question type, mixed weights. */
export function methodologyArb(options: ArbOptions = {}): fc.Arbitrary<Methodology> {
  const agg = options.aggregation ?? 'any';
  const aggregationArb = agg === 'any' ? fc.constantFrom<Aggregation>('arithmetic', 'geometric') : fc.constant(agg);
  const base = fc
    .tuple(fc.array(shapeArb(3), { minLength: options.pillars?.[0] ?? 1, maxLength: options.pillars?.[1] ?? 4 }), aggregationArb)
    .map(([shapes, aggregation]) =>
      methodology(
        shapes.map((s, i) => build(s, `p${i}`, 'pillar') as GroupNode),
        { aggregation },
      ),
    )
    .map((m) => (agg === 'arithmetic' ? stripAggregation(m) : m));
  return options.skipLogic ? base.chain(withSkipLogic) : base;
}

function stripAggregation(m: Methodology): Methodology {
  const strip = (n: MethodologyNode): MethodologyNode => (n.kind === 'question' ? n : { ...n, aggregation: undefined, children: n.children.map(strip) });
  return { ...m, pillars: m.pillars.map((p) => strip(p) as GroupNode) };
}

export function questionSpecs(m: Methodology): [string, QuestionSpec][] {
  const out: [string, QuestionSpec][] = [];
  const walk = (n: MethodologyNode): void => void (n.kind === 'question' ? out.push([n.key, n.question]) : n.children.forEach(walk));
  m.pillars.forEach(walk);
  return out;
}

/** Adds conditions pointing at earlier questions only, so they can never form a cycle. */
function withSkipLogic(m: Methodology): fc.Arbitrary<Methodology> {
  const specs = questionSpecs(m);
  const conds = specs.map(([,], i) =>
    i === 0
      ? fc.constant(undefined)
      : fc.oneof(
          { arbitrary: fc.constant(undefined), weight: 2 },
          { arbitrary: fc.integer({ min: 0, max: i - 1 }).chain((j) => conditionArb(specs[j]!)), weight: 1 },
        ),
  );
  return fc.tuple(...conds).map((list) => {
    const byKey = new Map(specs.map(([k], i) => [k, list[i]]));
    const add = (n: MethodologyNode): MethodologyNode => {
      if (n.kind !== 'question') return { ...n, children: n.children.map(add) };
      const showIf = byKey.get(n.key);
      return showIf ? { ...n, question: { ...n.question, showIf } } : n;
    };
    return { ...m, pillars: m.pillars.map((p) => add(p) as GroupNode) };
  });
}

function conditionArb([key, spec]: [string, QuestionSpec]): fc.Arbitrary<ShowIf> {
  return fc.oneof(
    fc.constant<ShowIf>({ op: 'answered', question: key }),
    answerArb(spec).map((value): ShowIf => ({ op: 'equals', question: key, value })),
  );
}

/** A valid answer for a question (numbers may fall outside the goalposts). */
export function answerArb(spec: QuestionSpec): fc.Arbitrary<AnswerValue> {
  switch (spec.type) {
    case 'yes_no':
      return fc.boolean();
    case 'status':
      return fc.constantFrom('in_place', 'partial', 'absent');
    case 'single_choice':
      return fc.constantFrom(...spec.options.map((o) => o.key));
    case 'multi_choice':
      return fc.subarray(spec.options.map((o) => o.key));
    case 'number':
      return fc.oneof(fc.integer({ min: -30, max: 30 }), fc.double({ min: -30, max: 30, noNaN: true }));
    case 'text':
      return fc.string({ maxLength: 20 });
  }
}

/** Answers for a methodology: each question answered, or (1 in 4) left unanswered. */
export function answersArb(m: Methodology): fc.Arbitrary<Answers> {
  const entries = questionSpecs(m).map(([key, spec]) =>
    fc.option(answerArb(spec), { nil: undefined, freq: 4 }).map((v): [string, AnswerValue | undefined] => [key, v]),
  );
  return fc.tuple(...entries).map((list) => Object.fromEntries(list.filter(([, v]) => v !== undefined)));
}

export const scenarioArb = (options: ArbOptions = {}) => methodologyArb(options).chain((m) => answersArb(m).map((answers) => ({ m, answers })));
