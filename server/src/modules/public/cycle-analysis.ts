import { REGIONS, type GapAnalysis, type StabilityResult, type StabilitySummary, type WeightDistribution } from '@gci/shared';
import type { PublicationView } from './publication-view.ts';
import { titlesOf } from './trace.ts';

/** A tier counts as stable when at least this share of weight draws keeps it. */
export const STABLE_PROBABILITY = 0.9;

/** How a stored result was drawn; results stored before the settings existed varied every weight uniformly within ±spread. */
export function stabilityMethodOf(result: StabilityResult): { vary: StabilityResult['vary']; distribution: WeightDistribution } {
  const legacy = result as Partial<StabilityResult> & { spread?: number };
  return { vary: legacy.vary ?? 'all', distribution: legacy.distribution ?? { kind: 'uniform', spread: legacy.spread ?? 0.25 } };
}
/** An indicator is met at half its points or more (the engine's default). */
export const GAP_THRESHOLD = 0.5;

export function summariseStability(result: StabilityResult, threshold = STABLE_PROBABILITY): StabilitySummary {
  const countries = result.countries.map((c) => ({
    iso3: c.country,
    nominalTier: c.nominalTier,
    probability: c.tiers.find((t) => t.tier === c.nominalTier)?.probability ?? 0,
    p5: c.p5,
    p95: c.p95,
  }));
  const tiers = [...new Set(result.countries.flatMap((c) => c.tiers.map((t) => t.tier)))].sort((a, b) => a - b);
  const isStable = (c: (typeof countries)[number]) => c.probability >= threshold;
  return {
    draws: result.draws,
    seed: result.seed,
    ...stabilityMethodOf(result),
    threshold,
    stable: countries.filter(isStable).length,
    total: countries.length,
    byTier: tiers.map((tier) => {
      const inTier = countries.filter((c) => c.nominalTier === tier);
      return { tier, countries: inTier.length, stable: inTier.filter(isStable).length };
    }),
    countries,
  };
}

/** Indicators × ITU regions: the share of countries not meeting each indicator (the engine's gapAnalysis, stored at publication). */
export function buildGapAnalysis(view: PublicationView): GapAnalysis {
  const gaps = view.gaps;
  const present = new Set(Object.values(view.regions));
  const regions = REGIONS.filter((r) => present.has(r));
  const titles = titlesOf(view.methodology);
  const empty = { assessed: 0, notMeeting: 0, share: null, countries: [] };
  return {
    cycle: view.cycle,
    threshold: GAP_THRESHOLD,
    regions,
    pillars: view.methodology.pillars.map((p) => ({ key: p.key, name: p.texts.title })),
    indicators: gaps.map((g) => ({
      key: g.key,
      kind: g.kind,
      pillarKey: g.pillarKey,
      title: titles.get(g.key) ?? { en: g.key },
      assessed: g.assessed,
      notMeeting: g.notMeeting,
      share: g.share,
      countries: g.countries,
      byRegion: regions.map((region) => ({ region, ...(g.byRegion[region] ?? empty) })),
    })),
  };
}
