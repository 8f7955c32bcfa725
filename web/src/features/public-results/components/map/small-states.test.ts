import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { UN_COUNTRIES } from '../../../../../../fixtures/un-countries.ts';
import { smallStatePositions } from './small-state-positions.ts';
import { SMALL_STATE_POSITIONS } from './small-states.generated.ts';

const require = createRequire(import.meta.url);
type Atlas = Parameters<typeof smallStatePositions>[0];
const load = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Atlas;
const coarse = load('countries-110m.json');

// Reading and projecting the 3.6 MB fine atlas takes under a second alone and several on a loaded machine.
describe('small states on the public map', { timeout: 120_000 }, () => {
  it('are positioned from the fine atlas, as tools/generate-small-states.ts writes them', () => {
    expect(SMALL_STATE_POSITIONS).toEqual(smallStatePositions(coarse, load('countries-10m.json')));
  });

  it('give every assessed state either a shape in the 110 m atlas or a marker position', () => {
    const shaped = new Set(coarse.objects.countries.geometries.map((g) => String(g.id)));
    const marked = new Set(SMALL_STATE_POSITIONS.map(([numeric]) => numeric));
    const nowhere = UN_COUNTRIES.filter((c) => !shaped.has(c.numeric) && !marked.has(c.numeric)).map((c) => c.iso3);
    expect(nowhere).toEqual([]);
    // the states the coarse atlas cannot draw are exactly the ones the markers are for
    const small = UN_COUNTRIES.filter((c) => !shaped.has(c.numeric));
    expect(small.map((c) => c.iso3)).toEqual(expect.arrayContaining(['AND', 'BHR', 'SGP', 'TUV', 'VAT']));
  });

  it('puts a marker where the state is: Singapore near 1°N 104°E, the Holy See inside Rome', () => {
    const at = (numeric: string) => SMALL_STATE_POSITIONS.find(([n]) => n === numeric)!;
    const [, sgLon, sgLat] = at('702');
    expect(Math.abs(sgLon - 103.8)).toBeLessThan(0.5);
    expect(Math.abs(sgLat - 1.35)).toBeLessThan(0.5);
    const [, vaLon, vaLat] = at('336');
    expect(Math.abs(vaLon - 12.45)).toBeLessThan(0.05);
    expect(Math.abs(vaLat - 41.9)).toBeLessThan(0.05);
  });
});
