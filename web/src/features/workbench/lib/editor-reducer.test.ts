import { describe, expect, it } from 'vitest';
import { editorReducer, initialEditorState } from './editor-reducer.ts';
import { freeKey, newNode } from './node-factory.ts';
import { toy } from './toy-methodology.fixture.ts';

describe(editorReducer.name, () => {
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
