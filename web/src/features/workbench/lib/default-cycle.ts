import type { CycleSummary } from '@gci/shared';

/** The cycle to open first: the newest one with results published (its answers are complete), else the newest. */
export function defaultCycle(cycles: readonly CycleSummary[]): CycleSummary | undefined {
  return cycles.find((c) => c.publications.length > 0) ?? cycles[0];
}

/** A year from the query string when it names a known cycle, else the default one. */
export function pickYear(cycles: readonly CycleSummary[], raw: string | null): number | undefined {
  const year = Number(raw);
  return cycles.some((c) => c.year === year) ? year : defaultCycle(cycles)?.year;
}
