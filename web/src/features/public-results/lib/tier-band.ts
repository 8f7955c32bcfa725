import type { TierInfo } from '@gci/shared';

/** The band of a tier; the highest band includes its upper bound (100), every other excludes it. */
export function tierBand(tier: number, tiers: readonly TierInfo[]): { info: TierInfo; isTop: boolean } | undefined {
  const info = tiers.find((t) => t.tier === tier);
  return info ? { info, isTop: tiers.every((other) => other.max <= info.max) } : undefined;
}
