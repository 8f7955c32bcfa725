import { describe, expect, it } from 'vitest';
import { GCI_2024_TIERS, defaultQuestionSpec, type ConsultationComment, type GroupNode, type Methodology } from '@gci/shared';
import { groupComments, openCount } from '../src/features/workbench/lib/consultation-groups.ts';
import { editorReducer, initialEditorState } from '../src/features/workbench/lib/editor-reducer.ts';
import { heatColor } from '../src/features/workbench/lib/heat-color.ts';
import { blocksSaving, countWithin, methodologyIssues } from '../src/features/workbench/lib/methodology-issues.ts';
import { freeKey, newNode } from '../src/features/workbench/lib/node-factory.ts';
import { fromScenario, thresholdProblems, toScenarioBody, withThreshold, withWeight, NO_OVERRIDES } from '../src/features/workbench/lib/scenario-overrides.ts';
import { countByTier, regionBreakdown, tierNumbers } from '../src/features/workbench/lib/tier-summary.ts';
import { getAt, moveAt, removeAt, setAt } from '../src/features/workbench/lib/tree-edit.ts';
import { formatPath, nodeAncestors, parsePath } from '../src/features/workbench/lib/tree-path.ts';
import { shareOf, weightRows } from '../src/features/workbench/lib/weight-rows.ts';

/** Pure helpers of the workbench (no browser): tree paths and edits, issues, overrides, summaries. */

const q = (key: string, order: number) => ({ kind: 'question' as const, key, order, weight: 1, texts: { title: { en: key } }, question: defaultQuestionSpec('yes_no') });
function toy(): Methodology {
  const a: GroupNode = { kind: 'pillar', key: 'a', order: 0, weight: 1, texts: { title: { en: 'A' } }, children: [q('a.q1', 0), q('a.q2', 1)] };
  const b: GroupNode = { kind: 'pillar', key: 'b', order: 1, weight: 2, texts: { title: { en: 'B' } }, children: [q('b.q1', 0)] };
  return { key: 'toy', name: { en: 'Toy' }, edition: 2024, pillarMax: 20, aggregation: 'arithmetic', missingPolicy: 'zero', thresholds: GCI_2024_TIERS, pillars: [a, b] };
}

describe('editor paths', () => {
  it('parse and format the validator paths both ways', () => {
    expect(parsePath('pillars[2].children[0].weight')).toEqual(['pillars', 2, 'children', 0, 'weight']);
    expect(formatPath(['pillars', 2, 'children', 0, 'question', 'options', 1, 'points'])).toBe('pillars[2].children[0].question.options[1].points');
    expect(nodeAncestors('pillars[1].children[0].children[3].question.showIf.value')).toEqual(['pillars[1]', 'pillars[1].children[0]', 'pillars[1].children[0].children[3]']);
    expect(nodeAncestors('thresholds[1].min')).toEqual([]);
  });
});

describe('tree edits', () => {
  it('set, remove and move copy only the path, keep `order` equal to the position, and leave the input alone', () => {
    const m = toy();
    const edited = setAt(m, 'pillars[0].children[1].weight', 3);
    expect(getAt(edited, 'pillars[0].children[1].weight')).toBe(3);
    expect(getAt(m, 'pillars[0].children[1].weight')).toBe(1);
    expect(edited.pillars[1]).toBe(m.pillars[1]);
    const moved = moveAt(m, 'pillars[1]', -1);
    expect(moved.pillars.map((p) => [p.key, p.order])).toEqual([['b', 0], ['a', 1]]);
    const removed = removeAt(m, 'pillars[0].children[0]');
    expect(removed.pillars[0]!.children.map((c) => [c.key, c.order])).toEqual([['a.q2', 0]]);
    // an optional text in a language not given yet creates its object; undefined removes it
    const described = setAt(m, 'pillars[0].texts.description.fr', 'Texte');
    expect(described.pillars[0]!.texts.description).toEqual({ fr: 'Texte' });
    expect(setAt(described, 'pillars[0].texts.description', undefined).pillars[0]!.texts).toEqual({ title: { en: 'A' } });
  });

  it('keeps unfolded nodes with their node when nodes move or go', () => {
    let s = initialEditorState(toy());
    s = editorReducer(s, { type: 'toggle', path: 'pillars[1]', open: true });
    s = editorReducer(s, { type: 'toggle', path: 'pillars[0].children[1]', open: true });
    s = editorReducer(s, { type: 'move', path: 'pillars[1]', delta: -1 });
    expect([...s.open].sort()).toEqual(['pillars[0]', 'pillars[1].children[1]']);
    s = editorReducer(s, { type: 'remove', path: 'pillars[0]' });
    expect([...s.open]).toEqual(['pillars[0].children[1]']);
    expect(s.isDirty).toBe(true);
    s = editorReducer(s, { type: 'append', path: 'pillars[0].children', item: newNode('question', freeKey(s.methodology, 'a'), 2, 'New'), openIt: true });
    expect(s.methodology.pillars[0]!.children[2]).toMatchObject({ key: 'a.new', order: 2 });
    expect(s.open.has('pillars[0].children[2]')).toBe(true);
    expect(editorReducer(s, { type: 'move', path: 'pillars[0]', delta: -1 })).toBe(s); // nothing above the first
  });
});

describe(methodologyIssues.name, () => {
  it('puts the schema and the validator issues beside their paths, and tells which the server refuses', () => {
    let m = setAt(toy(), 'pillars[1].weight', -1);
    m = setAt(m, 'pillars[0].texts.title.en', '');
    m = setAt(m, 'thresholds[1].min', 99);
    const issues = methodologyIssues(m);
    const at = (path: string) => issues.filter((i) => i.path === path);
    expect(at('pillars[1].weight').map((i) => i.code)).toContain('invalid_weight');
    expect(at('pillars[0].texts.title.en')[0]?.source).toBe('shape');
    expect(at('thresholds[1].min').map((i) => i.code)).toEqual(['thresholds_not_increasing']);
    expect(issues.filter(blocksSaving).map((i) => i.path).sort()).toEqual(['pillars[0].texts.title.en', 'pillars[1].weight']);
    expect(countWithin(issues, 'pillars[1]')).toBe(1);
    expect(methodologyIssues(toy())).toEqual([]);
  });
});

describe('scenario overrides', () => {
  it('drop an override set back to the version value, and survive the round trip through the API form', () => {
    let o = withWeight(NO_OVERRIDES, 'a', 3, 1);
    o = withThreshold(o, 3, 60, 55);
    expect(o).toEqual({ weights: { a: 3 }, thresholds: { 3: 60 } });
    expect(fromScenario({ overrides: toScenarioBody(o) })).toEqual(o);
    expect(toScenarioBody(o).thresholds).toEqual({ '3': 60 });
    expect(withWeight(o, 'a', 1, 1).weights).toEqual({});
    expect(thresholdProblems(GCI_2024_TIERS, withThreshold(o, 2, 96, 85))).toEqual([2]);
  });
});

describe('tier summaries', () => {
  it('count per tier and per region, baseline against scenario', () => {
    const baseline = [
      { country: 'FRA', overall: 90, tier: 2 },
      { country: 'KEN', overall: 60, tier: 3 },
      { country: 'BRA', overall: 50, tier: 4 },
    ];
    const scenario = [
      { country: 'FRA', overall: 96, tier: 1 },
      { country: 'KEN', overall: 60, tier: 3 },
      { country: 'BRA', overall: 56, tier: 3 },
    ];
    const tiers = tierNumbers(GCI_2024_TIERS, baseline, scenario);
    expect(tiers).toEqual([1, 2, 3, 4, 5]);
    expect([...countByTier(scenario, tiers)]).toEqual([[1, 1], [2, 0], [3, 2], [4, 0], [5, 0]]);
    const regions = regionBreakdown(baseline, scenario, new Map([['FRA', 'europe'], ['KEN', 'africa'], ['BRA', 'americas']] as const), tiers);
    expect(regions.map((r) => [r.region, r.changed, r.scenario.join('')])).toEqual([
      ['africa', 0, '00100'],
      ['americas', 1, '00100'],
      ['europe', 1, '10000'],
    ]);
  });

  it('lists every weight with its share of its level', () => {
    const rows = weightRows(toy());
    expect(rows.map((r) => [r.key, r.depth, r.parent])).toEqual([['a', 0, null], ['a.q1', 1, 'a'], ['a.q2', 1, 'a'], ['b', 0, null], ['b.q1', 1, 'b']]);
    const base = new Map(rows.map((r) => [r.key, r.base]));
    expect(shareOf(rows[3]!, (k) => base.get(k)!)).toBeCloseTo(2 / 3);
  });
});

describe('display helpers', () => {
  it('keep heat-map text readable (WCAG 4.5:1) from white to the darkest cell', () => {
    expect(heatColor(0)).toEqual({ background: 'rgb(255 255 255)', color: '#1a1d23' });
    expect(heatColor(1)).toEqual({ background: 'rgb(29 59 99)', color: '#ffffff' });
  });

  it('group consultation comments by node in tree order, the whole version first, or by country', () => {
    const c = (id: string, nodeKey: string | null, country: string, status: ConsultationComment['status'] = 'open') =>
      ({ id, nodeKey, country, status, author: { id, name: id }, body: '', createdAt: '', response: null, respondedBy: null, respondedAt: null }) as ConsultationComment;
    const comments = [c('1', 'b', 'KEN'), c('2', null, 'FRA', 'answered'), c('3', 'a', 'KEN'), c('4', 'b', 'BRA')];
    expect(groupComments(comments, 'node', ['a', 'b']).map((g) => [g.key, g.comments.length])).toEqual([['', 1], ['a', 1], ['b', 2]]);
    expect(groupComments(comments, 'country').map((g) => g.key)).toEqual(['BRA', 'FRA', 'KEN']);
    expect(openCount(comments)).toBe(3);
  });
});
