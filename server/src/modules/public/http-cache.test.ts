import { describe, expect, it } from 'vitest';
import { etagOf, matchesIfNoneMatch } from './http-cache.ts';

describe(matchesIfNoneMatch.name, () => {
  const tag = etagOf(['hash'], '/api/public/cycles/2024/results');

  it('matches the tag alone, in a list, weak or as a wildcard', () => {
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"a", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
  });

  it('does not match another tag or no header', () => {
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, tag)).toBe(false);
    expect(matchesIfNoneMatch(tag.slice(1, -1), tag)).toBe(false);
  });
});

describe(etagOf.name, () => {
  it('changes with the publication, the route and the query, and only with them', () => {
    const base = etagOf(['h1'], '/r', 'lang=en');
    expect(etagOf(['h1'], '/r', 'lang=en')).toBe(base);
    expect(etagOf(['h2'], '/r', 'lang=en')).not.toBe(base);
    expect(etagOf(['h1'], '/s', 'lang=en')).not.toBe(base);
    expect(etagOf(['h1'], '/r', 'lang=fr')).not.toBe(base);
    expect(base).toMatch(/^"[0-9a-f]{32}"$/);
  });
});
