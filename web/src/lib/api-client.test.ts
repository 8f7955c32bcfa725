import { describe, expect, it } from 'vitest';
import { DOWNLOAD_PATHS, practiceApi, publicApi } from '@gci/shared';
import { addressOf, hrefOf } from './api-client.ts';

describe('addresses of routes', () => {
  it('fills a download address as the route’s own contract would, without loading it', () => {
    expect(addressOf(DOWNLOAD_PATHS.resultsCsv, { year: 2024 }, { lang: 'fr' })).toBe('/api/public/cycles/2024/downloads/results.csv?lang=fr');
    expect(addressOf(DOWNLOAD_PATHS.resultsCsv, { year: 2024 }, { lang: 'fr' })).toBe(
      hrefOf(publicApi.downloadResultsCsv, { params: { year: 2024 }, query: { lang: 'fr' } }),
    );
    expect(addressOf(DOWNLOAD_PATHS.bundle, { year: 2026 })).toBe(hrefOf(publicApi.downloadBundle, { params: { year: 2026 } }));
    expect(addressOf(DOWNLOAD_PATHS.practiceFile, { evidenceId: 'a b/c' })).toBe('/api/public/practice/a%20b%2Fc/file');
    expect(addressOf(DOWNLOAD_PATHS.practiceFile, { evidenceId: 'x' })).toBe(hrefOf(practiceApi.downloadFile, { params: { evidenceId: 'x' } }));
  });
});
