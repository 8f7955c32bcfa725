import type { Answers, Methodology } from '../schemas/methodology.ts';
import { practicePlaceOf } from '../practice/practice-place.ts';
import { distanceToNextTier } from '../scoring/distance-to-next-tier.ts';
import { gapAnalysis } from '../scoring/gap-analysis.ts';
import { scoreAssessment } from '../scoring/score-assessment.ts';

export interface ActionItem {
  indicatorKey: string;
  pillarKey: string;
  /** the indicator's normalised score, 0–1; null when nothing in it is scored */
  score: number | null;
  /** some of its questions are on the path to the next tier (see distanceToNextTier) */
  towardsNextTier: boolean;
  /** those questions, in the path's order */
  steps: string[];
}

export interface ActionOrder {
  tier: number;
  nextTier: number | null;
  items: ActionItem[];
  /** indicators the country meets (assessed, normalised score ≥ 0.5), in methodology order */
  met: string[];
}

/**
 * A country's gaps as a to-do list: every indicator it does not meet (the gap analysis's rule,
 * normalised score below 0.5) plus any indicator the path to the next tier goes through. Indicators
 * on that path come first, in the order of the path's first step in each; the others follow in
 * methodology order. Pure: same methodology and answers, same list.
 */
export function actionOrder(methodology: Methodology, answers: Answers): ActionOrder {
  const score = scoreAssessment(methodology, answers);
  const unmet = gapAnalysis(methodology, { self: score }, {});
  const distance = distanceToNextTier(methodology, answers);
  const onPath = new Map<string, string[]>();
  for (const step of distance.steps) {
    const indicatorKey = practicePlaceOf(methodology, step.questionKey)?.indicatorKey;
    if (!indicatorKey) continue;
    onPath.set(indicatorKey, [...(onPath.get(indicatorKey) ?? []), step.questionKey]);
  }
  const itemOf = (key: string, pillarKey: string): ActionItem => {
    const normalized = score.nodes[key]?.normalized;
    return {
      indicatorKey: key,
      pillarKey,
      score: typeof normalized === 'number' ? normalized : null,
      towardsNextTier: onPath.has(key),
      steps: onPath.get(key) ?? [],
    };
  };
  const pillarOf = new Map(unmet.map((g) => [g.key, g.pillarKey]));
  const first = [...onPath.keys()].map((key) => itemOf(key, pillarOf.get(key) ?? ''));
  const rest = unmet.filter((g) => g.countries.includes('self') && !onPath.has(g.key)).map((g) => itemOf(g.key, g.pillarKey));
  const met = unmet.filter((g) => g.assessed === 1 && g.notMeeting === 0).map((g) => g.key);
  return { tier: score.tier, nextTier: distance.nextTier, items: [...first, ...rest], met };
}
