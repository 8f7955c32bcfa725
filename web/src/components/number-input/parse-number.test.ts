import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number.ts';

describe(parseNumber.name, () => {
  it('reads numbers typed with a comma, the Arabic separator or Arabic-Indic digits', () => {
    expect(parseNumber(' 3,5 ')).toBe(3.5);
    expect(parseNumber('١٢٫٥')).toBe(12.5);
    expect(parseNumber('-4')).toBe(-4);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('12 hours')).toBeUndefined();
  });
});
