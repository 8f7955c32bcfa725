import type { GroupKind, Methodology } from '../schemas/methodology.ts';
import { groupsOfKinds, type RegionByCountry, type ScoresByCountry } from './peer-scores.ts';

export interface GapCounts {
  /** countries with a score for the node */
  assessed: number;
  /** countries whose normalised score is below the threshold */
  notMeeting: number;
  /** notMeeting / assessed, 0–1; null when none is assessed */
  share: number | null;
  /** the countries not meeting it, ordered by code (for drill-down) */
  countries: string[];
}

export interface IndicatorGap extends GapCounts {
  key: string;
  kind: GroupKind;
  pillarKey: string;
  /** the same per region (keys sorted); countries without a region count only overall */
  byRegion: Record<string, GapCounts>;
}

export interface GapOptions {
  /** an indicator is met when its normalised score is ≥ this (0–1); default 0.5 */
  threshold?: number;
  /** level analysed; default 'indicator' */
  kind?: GroupKind;
}

/** Float noise must not turn an exact 0.5 into a gap (cf. the tier rounding in tiers.ts). */
const MEET_TOLERANCE = 1e-9;

/**
 * Gap analysis across countries (the GCI's "gaps identified"): for each indicator, the share of
 * countries, overall and per region, that do not meet it.
 *
 * "Meets" = the indicator's normalised score is ≥ `threshold` (default 0.5: at least half of
 * the indicator's weighted points, e.g. every measure at least partially in place), with a
 * 1e-9 tolerance for float noise. A country
 * with no score for the indicator (everything in it hidden or excluded) is not assessed: it is
 * left out of both counts. Indicators are in tree order; country lists by code.
 */
export function gapAnalysis(methodology: Methodology, scores: ScoresByCountry, regions: RegionByCountry, options: GapOptions = {}): IndicatorGap[] {
  const threshold = options.threshold ?? 0.5;
  const countries = Object.keys(scores).sort();
  const regionKeys = [...new Set(countries.map((c) => regions[c]).filter((r): r is string => r !== undefined))].sort();
  return groupsOfKinds(methodology, [options.kind ?? 'indicator']).map((g) => {
    const counts = (inScope: (c: string) => boolean): GapCounts => {
      const assessed = countries.filter((c) => inScope(c) && typeof scores[c]?.nodes[g.key]?.normalized === 'number');
      const missed = assessed.filter((c) => (scores[c]?.nodes[g.key]?.normalized ?? 0) + MEET_TOLERANCE < threshold);
      return { assessed: assessed.length, notMeeting: missed.length, share: assessed.length ? missed.length / assessed.length : null, countries: missed };
    };
    const byRegion = Object.fromEntries(regionKeys.map((r) => [r, counts((c) => regions[c] === r)]));
    return { ...g, ...counts(() => true), byRegion };
  });
}
