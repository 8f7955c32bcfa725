import { describe, expect, it } from 'vitest';
import { formatPath, nodeAncestors, parsePath } from './tree-path.ts';

describe('editor paths', () => {
  it('parse and format the validator paths both ways', () => {
    expect(parsePath('pillars[2].children[0].weight')).toEqual(['pillars', 2, 'children', 0, 'weight']);
    expect(formatPath(['pillars', 2, 'children', 0, 'question', 'options', 1, 'points'])).toBe('pillars[2].children[0].question.options[1].points');
    expect(nodeAncestors('pillars[1].children[0].children[3].question.showIf.value')).toEqual([
      'pillars[1]',
      'pillars[1].children[0]',
      'pillars[1].children[0].children[3]',
    ]);
    expect(nodeAncestors('thresholds[1].min')).toEqual([]);
  });
});
