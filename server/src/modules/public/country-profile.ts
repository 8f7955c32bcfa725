import {
  distanceToNextTier,
  peerAreaRuleOf,
  type Answers,
  type AssessmentScore,
  type CountryProfile,
  type CountryStability,
  type DistanceToNextTierView,
  type EvidenceLink,
  type LocalizedString,
  type Methodology,
  type PeerArea,
  type PeerComparison,
  type StabilityVary,
  type WeightDistribution,
  type StrengthsAndGrowth,
  type TierHistoryEntry,
} from '@gci/shared';
import type { PublicationView } from './publication-view.ts';
import { buildTrace, titlesOf } from './trace.ts';

export interface ProfileInputs {
  view: PublicationView;
  iso3: string;
  /** the country's full result with its trace, as published */
  score: AssessmentScore;
  /** verified answers, undefined when they do not reproduce the publication */
  answers: Answers | undefined;
  peers: StrengthsAndGrowth | undefined;
  stability: { country: CountryStability | undefined; draws: number; vary: StabilityVary; distribution: WeightDistribution } | null;
  evidence: EvidenceLink[];
  history: TierHistoryEntry[];
}

/** Areas in methodology order (pillar, then its indicators), so a list never reads as a ranking. */
function peerAreas(list: readonly PeerComparison[], titles: Map<string, LocalizedString>, order: Map<string, number>): PeerArea[] {
  return [...list]
    .sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0))
    .map((p) => ({
      key: p.key,
      kind: p.kind,
      pillarKey: p.pillarKey,
      title: titles.get(p.key) ?? { en: p.key },
      score: p.normalized,
      average: p.average,
      regionAverage: p.regionAverage,
      tierAverage: p.tierAverage,
    }));
}

function distanceOf(methodology: Methodology, answers: Answers, titles: Map<string, LocalizedString>): DistanceToNextTierView {
  const d = distanceToNextTier(methodology, answers);
  return {
    nextTier: d.nextTier,
    nextTierMin: d.nextTierMin,
    gap: d.gap,
    reachable: d.reachable,
    steps: d.steps.map((s) => ({
      questionKey: s.questionKey,
      pillarKey: s.pillarKey,
      title: titles.get(s.questionKey) ?? { en: s.questionKey },
      pointsBefore: s.pointsBefore,
      maxPoints: s.maxPoints,
      gain: s.gain,
      overallAfter: s.overallAfter,
      revealedBy: s.revealedBy ?? null,
    })),
  };
}

/** A country's public profile in one published cycle; the caller has checked the country is in it. */
export function buildCountryProfile({ view, iso3, score, answers, peers, stability, evidence, history }: ProfileInputs): CountryProfile {
  const published = view.byIso.get(iso3)!;
  const country = view.results.countries.find((c) => c.iso3 === iso3)!;
  const titles = titlesOf(view.methodology);
  const order = new Map([...titles.keys()].map((k, i) => [k, i]));
  const regionMeans = view.regionPillarMeans.get(published.region);
  const own = stability?.country;
  return {
    cycle: view.cycle,
    tiers: view.tiers,
    country: { iso3, iso2: country.iso2, numeric: country.numeric, region: country.region, names: country.names },
    overall: published.overall,
    tier: published.tier,
    coverage: published.coverage,
    pillars: country.pillars.map((p) => ({ ...p, name: view.pillarNames.get(p.key) ?? { en: p.key }, regionAverage: regionMeans?.get(p.key) ?? null })),
    strengths: peerAreas(peers?.strengths ?? [], titles, order),
    growth: peerAreas(peers?.growth ?? [], titles, order),
    peerRule: { ...peerAreaRuleOf(view.methodology), pillarMax: view.methodology.pillarMax },
    distance: answers ? distanceOf(view.methodology, answers, titles) : null,
    trace: buildTrace(view.methodology, score, answers),
    evidence,
    history,
    stability:
      own && stability
        ? {
            probability: own.tiers.find((t) => t.tier === own.nominalTier)?.probability ?? 0,
            p5: own.p5,
            p95: own.p95,
            draws: stability.draws,
            vary: stability.vary,
            distribution: stability.distribution,
          }
        : null,
  };
}
