import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressForStorage } from './compression.ts';

describe(compressForStorage.name, () => {
  // a page-like body: markup repeated with varying names and numbers
  const body = Buffer.from(
    Array.from(
      { length: 2000 },
      (_, i) => `<li class="tier-${i % 4}"><a href="/cycles/2024/countries/C${i}">Country ${i}</a> <span>${(i * 7.31) % 100}</span></li>`,
    ).join('\n'),
  );

  it('stores brotli and gzip forms that decode to the body, at either effort', async () => {
    for (const effort of ['max', 'quick'] as const) {
      expect(brotliDecompressSync(await compressForStorage(body, 'br', effort)).equals(body), effort).toBe(true);
      expect(gunzipSync(await compressForStorage(body, 'gzip', effort)).equals(body), effort).toBe(true);
    }
  });

  it('compresses harder by default than quickly (brotli 11 against 5)', async () => {
    const [max, quick] = await Promise.all([compressForStorage(body, 'br'), compressForStorage(body, 'br', 'quick')]);
    expect(max.length).toBeLessThan(quick.length);
    expect(quick.length).toBeLessThan(body.length / 4);
  });
});
