import { describe, expect, it } from 'vitest';
import { createFormatters } from './formatters.ts';

describe(createFormatters.name, () => {
  const en = createFormatters('en');

  it('shows every score with two decimals, cut rather than rounded, so it stays in its tier', () => {
    expect(en.score(62.345)).toBe('62.34');
    expect(en.score(7)).toBe('7.00');
    expect(en.score(99.996)).toBe('99.99');
    // rounded to one decimal this was "95.0", inside Tier 2's "85 – <95"
    expect(en.score(94.9875)).toBe('94.98');
  });

  it('writes band limits without a needless decimal, contributions with two', () => {
    expect(en.bound(95)).toBe('95');
    expect(en.bound(12.5)).toBe('12.5');
    expect(en.points(0.125)).toBe('0.13');
  });

  it('writes shares as percentages at three precisions', () => {
    expect(en.percent(0.825)).toBe('83%');
    expect(en.percent1(0.8)).toBe('80.0%');
    expect(en.percentFine(0.01234)).toBe('1.23%');
  });

  it('signs a change, and counts files in whole kilobytes', () => {
    expect(en.signed(1.5)).toBe('+1.5');
    expect(en.signed(0)).toBe('0');
    expect(en.size(100)).toBe('1 kB');
    expect(en.size(5_000)).toBe('5 kB');
  });

  it('follows the language: decimal comma in French, Arabic script names', () => {
    const fr = createFormatters('fr');
    expect(fr.score(62.345)).toBe('62,34');
    expect(fr.date('2027-03-31T12:00:00Z')).toBe('31 mars 2027');
    expect(createFormatters('ar').text({ en: 'Egypt', ar: 'مصر' })).toBe('مصر');
  });

  it('names a tier from the thresholds, or nothing for an unknown tier', () => {
    const thresholds = [{ tier: 1, key: 'role_modelling', min: 95, name: { en: 'Role-modelling' } }];
    expect(en.tierName(thresholds, 1)).toBe('Role-modelling');
    expect(en.tierName(thresholds, 2)).toBe('');
  });
});
