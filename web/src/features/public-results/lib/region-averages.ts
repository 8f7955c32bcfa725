import type { CountryResult } from '@gci/shared';

export interface RegionAverage {
  /** pillar key → mean pillar score of the region's countries */
  pillars: Map<string, number>;
  overall: number;
  countries: number;
}

/** Mean pillar and overall scores per ITU region, over every country of the cycle in that region. */
export function regionAverages(countries: readonly CountryResult[]): Map<string, RegionAverage> {
  const groups = new Map<string, CountryResult[]>();
  for (const c of countries) groups.set(c.region, [...(groups.get(c.region) ?? []), c]);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return new Map(
    [...groups].map(([region, members]) => {
      const keys = members[0]?.pillars.map((p) => p.key) ?? [];
      const pillars = new Map(keys.map((key) => [key, mean(members.map((m) => m.pillars.find((p) => p.key === key)?.score ?? 0))]));
      return [region, { pillars, overall: mean(members.map((m) => m.overall)), countries: members.length }];
    }),
  );
}

/** At most four known country codes from `?countries=FRA,KEN`, without repeats. */
export function parseChosen(param: string | null, known: ReadonlySet<string>, max = 4): string[] {
  const codes = (param ?? '').split(',').map((c) => c.trim().toUpperCase());
  return [...new Set(codes.filter((c) => known.has(c)))].slice(0, max);
}
