import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, REGION_LABELS, REGIONS, localize } from '@gci/shared';

// The exports name regions with shared's REGION_LABELS; the pages with the locale files. A reader must see the same words in both.
describe('region names', () => {
  it.each(LOCALES)('are the same in the exports and on the pages (%s)', (locale) => {
    const messages = JSON.parse(readFileSync(new URL(`../../../locales/${locale}.json`, import.meta.url), 'utf8')) as { regions: Record<string, string> };
    expect(Object.fromEntries(REGIONS.map((r) => [r, localize(REGION_LABELS[r], locale)]))).toEqual(messages.regions);
  });
});
