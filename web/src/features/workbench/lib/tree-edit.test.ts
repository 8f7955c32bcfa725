import { describe, expect, it } from 'vitest';
import { toy } from './toy-methodology.fixture.ts';
import { getAt, moveAt, removeAt, setAt } from './tree-edit.ts';

describe('tree edits', () => {
  it('set, remove and move copy only the path, keep `order` equal to the position, and leave the input alone', () => {
    const m = toy();
    const edited = setAt(m, 'pillars[0].children[1].weight', 3);
    expect(getAt(edited, 'pillars[0].children[1].weight')).toBe(3);
    expect(getAt(m, 'pillars[0].children[1].weight')).toBe(1);
    expect(edited.pillars[1]).toBe(m.pillars[1]);
    const moved = moveAt(m, 'pillars[1]', -1);
    expect(moved.pillars.map((p) => [p.key, p.order])).toEqual([
      ['b', 0],
      ['a', 1],
    ]);
    const removed = removeAt(m, 'pillars[0].children[0]');
    expect(removed.pillars[0]!.children.map((c) => [c.key, c.order])).toEqual([['a.q2', 0]]);
    // an optional text in a language not given yet creates its object; undefined removes it
    const described = setAt(m, 'pillars[0].texts.description.fr', 'Texte');
    expect(described.pillars[0]!.texts.description).toEqual({ fr: 'Texte' });
    expect(setAt(described, 'pillars[0].texts.description', undefined).pillars[0]!.texts).toEqual({ title: { en: 'A' } });
  });
});
