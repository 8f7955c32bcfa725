import type { GroupKind, Methodology } from '../schemas/methodology.ts';
import { groupsOfKinds, peerMean, peerSums, type RegionByCountry, type ScoresByCountry } from './peer-scores.ts';

export interface PeerComparison {
  key: string;
  kind: GroupKind;
  pillarKey: string;
  /** the country's normalised score, 0–1 */
  normalized: number;
  /** mean of the other countries of its region / its tier (0–1), null when there is none */
  regionAverage: number | null;
  tierAverage: number | null;
  /** normalized − average (negative: below), null when there is no average */
  vsRegion: number | null;
  vsTier: number | null;
}

export interface StrengthsAndGrowth {
  country: string;
  /** "areas of relative strength": well above both peer averages, largest margin first */
  strengths: PeerComparison[];
  /** "areas of potential growth": well below both peer averages, largest margin first */
  growth: PeerComparison[];
}

export interface StrengthsOptions {
  /** how far (normalised, 0–1) above or below the averages counts as "well": default 0.1, i.e. 10 points of 100 */
  margin?: number;
  /** levels compared; default pillars and indicators */
  kinds?: GroupKind[];
}

/**
 * Areas of relative strength and of potential growth for every country: pillars and indicators
 * where its normalised score is at least `margin` above (strength) or below (growth) BOTH the
 * average of the other countries in its region and that of the other countries in its tier.
 * Peers exclude the country itself; when a country has no peer on one side, the other side
 * decides alone, and with no peer at all nothing is listed. Nodes without a score are skipped.
 * Countries are ordered by code; the lists compare areas of one country, never countries.
 */
export function strengthsAndGrowth(
  methodology: Methodology,
  scores: ScoresByCountry,
  regions: RegionByCountry,
  options: StrengthsOptions = {},
): StrengthsAndGrowth[] {
  const margin = options.margin ?? 0.1;
  const groups = groupsOfKinds(methodology, options.kinds ?? ['pillar', 'indicator']);
  const tierOf = (c: string) => (scores[c] ? String(scores[c].tier) : undefined);
  const sums = groups.map((g) => ({ g, region: peerSums(scores, g.key, (c) => regions[c]), tier: peerSums(scores, g.key, tierOf) }));
  return Object.keys(scores)
    .sort()
    .map((country) => {
      const compared = sums.flatMap(({ g, region, tier }) => {
        const normalized = scores[country]?.nodes[g.key]?.normalized;
        if (normalized === null || normalized === undefined) return [];
        const regionAverage = peerMean(region, regions[country], normalized);
        const tierAverage = peerMean(tier, tierOf(country), normalized);
        const diff = (avg: number | null) => (avg === null ? null : normalized - avg);
        return [{ ...g, normalized, regionAverage, tierAverage, vsRegion: diff(regionAverage), vsTier: diff(tierAverage) }];
      });
      return { country, strengths: pick(compared, margin, 1), growth: pick(compared, margin, -1) };
    });
}

/** Areas whose every available difference is at least `margin` in the given direction, strongest first. */
function pick(compared: PeerComparison[], margin: number, sign: 1 | -1): PeerComparison[] {
  const deltas = (p: PeerComparison) => [p.vsRegion, p.vsTier].filter((d): d is number => d !== null).map((d) => d * sign);
  return compared
    .filter((p) => {
      const d = deltas(p);
      return d.length > 0 && d.every((x) => x >= margin);
    })
    .sort((x, y) => Math.min(...deltas(y)) - Math.min(...deltas(x)));
}
