import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { GCI_2020_DEMO, GCI_2020_DIFFERENCES } from '../../../fixtures/methodology-gci-2020.ts';
import { GCI_2024_DEMO } from '../../../fixtures/methodology-gci-2024.ts';
import { diffMethodologies, type MethodologyDiff } from './methodology-diff.ts';
import { backcast, type Backcast } from './backcast.ts';
import { BackcastSchema, MethodologyDiffSchema } from '../schemas/workbench.ts';
import { demoAnswers } from '../../../fixtures/demo-answers.ts';

describe(diffMethodologies.name, () => {
  it('finds nothing between a version and itself', () => {
    expect(diffMethodologies(GCI_2024_DEMO, structuredClone(GCI_2024_DEMO))).toEqual({
      added: [],
      removed: [],
      moved: [],
      reweighted: [],
      rescored: [],
      reworded: [],
      thresholdsChanged: false,
      settingsChanged: [],
    });
  });

  it('reports the deliberate differences between the 2020 and 2024 demo versions', () => {
    const diff = diffMethodologies(GCI_2020_DEMO, GCI_2024_DEMO);
    const added = diff.added.map((n) => n.key);
    const removed = diff.removed.map((n) => n.key);
    for (const key of GCI_2020_DIFFERENCES.dropped) expect(added).toContain(key);
    for (const [from, to] of Object.entries(GCI_2020_DIFFERENCES.replaced)) {
      expect(added).toContain(from);
      expect(removed).toContain(to);
    }
    expect(diff.reweighted.length).toBeGreaterThan(0);
  });

  it('sees a moved, a reweighted and a rescored node', () => {
    const after = structuredClone(GCI_2024_DEMO);
    const [first, second] = after.pillars;
    const moved = first!.children.pop()!;
    second!.children.push(moved);
    second!.weight = 2;
    const q =
      first!.children.find((c) => c.kind === 'question') ??
      first!.children.flatMap((c) => (c.kind === 'question' ? [] : c.children)).find((c) => c.kind === 'question')!;
    if (q.kind === 'question') q.question = { ...q.question, required: !q.question.required };
    const diff = diffMethodologies(GCI_2024_DEMO, after);
    expect(diff.moved).toEqual([{ key: moved.key, kind: moved.kind, fromParent: first!.key, toParent: second!.key }]);
    expect(diff.reweighted).toEqual([{ key: second!.key, kind: 'pillar', from: 1, to: 2 }]);
    expect(diff.rescored.map((n) => n.key)).toEqual([q.key]);
  });
});

describe(backcast.name, () => {
  it('rescores earlier answers under the newer version and reports unmatched questions', () => {
    const answers = Object.fromEntries(['KEN', 'FRA', 'BRA', 'IND'].map((c) => [c, demoAnswers(GCI_2020_DEMO, c, 2020)]));
    const result = backcast(GCI_2020_DEMO, GCI_2024_DEMO, answers);
    expect(result.unmatchedNew.length).toBeGreaterThan(0);
    expect(result.unmatchedOld.length).toBeGreaterThan(0);
    expect(result.comparison.matrix.flat().reduce((a, b) => a + b, 0)).toBe(4);
  });
});

describe('the response schemas of a diff and a backcast', () => {
  it('read exactly the engine types, and pass a real result through unchanged', () => {
    expectTypeOf<z.output<typeof MethodologyDiffSchema>>().toEqualTypeOf<MethodologyDiff>();
    expectTypeOf<z.output<typeof BackcastSchema>>().toEqualTypeOf<Backcast>();
    const diff = diffMethodologies(GCI_2020_DEMO, GCI_2024_DEMO);
    expect(MethodologyDiffSchema.parse(diff)).toEqual(diff);
    const answers = Object.fromEntries(['KEN', 'FRA'].map((c) => [c, demoAnswers(GCI_2020_DEMO, c, 2020)]));
    const result = backcast(GCI_2020_DEMO, GCI_2024_DEMO, answers);
    expect(BackcastSchema.parse(result)).toEqual(result);
  });
});
