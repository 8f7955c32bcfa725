/**
 * A small seeded pseudo-random generator (sfc32, Chris Doty-Humphrey's "Small Fast Counting"
 * generator from PractRand), so Monte Carlo results are the same in Node and in every browser:
 * only 32-bit integer operations, which JavaScript defines exactly.
 */

/** Returns a float in [0, 1) with 32 bits of resolution. */
export type Prng = () => number;

/**
 * Creates a generator from a seed. The seed is taken as an unsigned 32-bit integer
 * (`seed >>> 0`: 2^32 + 1 and 1 give the same stream; fractions are truncated).
 * Seeding follows PractRand's `sfc32::seed`: a = 0, b = seed, c = 0, counter = 1, then
 * 12 outputs are discarded so that close seeds give unrelated streams. `stream` (also taken as an
 * unsigned 32-bit integer) starts `a` instead of 0, giving one seed many independent streams
 * (stream 0 is the plain generator): blocks of Monte Carlo draws use one each, so they can run
 * on any thread in any order.
 */
export function createPrng(seed: number, stream = 0): Prng {
  let a = stream >>> 0;
  let b = seed >>> 0;
  let c = 0;
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}
