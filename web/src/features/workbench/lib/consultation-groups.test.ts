import { describe, expect, it } from 'vitest';
import type { ConsultationComment } from '@gci/shared';
import { groupComments, openCount } from './consultation-groups.ts';

describe(groupComments.name, () => {
  it('group consultation comments by node in tree order, the whole version first, or by country', () => {
    const c = (id: string, nodeKey: string | null, country: string, status: ConsultationComment['status'] = 'open') =>
      ({
        id,
        nodeKey,
        country,
        status,
        author: { id, name: id },
        body: '',
        createdAt: '',
        response: null,
        respondedBy: null,
        respondedAt: null,
      }) as ConsultationComment;
    const comments = [c('1', 'b', 'KEN'), c('2', null, 'FRA', 'answered'), c('3', 'a', 'KEN'), c('4', 'b', 'BRA')];
    expect(groupComments(comments, 'node', ['a', 'b']).map((g) => [g.key, g.comments.length])).toEqual([
      ['', 1],
      ['a', 1],
      ['b', 2],
    ]);
    expect(groupComments(comments, 'country').map((g) => g.key)).toEqual(['BRA', 'FRA', 'KEN']);
    expect(openCount(comments)).toBe(3);
  });
});
