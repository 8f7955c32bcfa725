import type { TFunction } from 'i18next';
import type { StabilityVary, WeightDistribution } from '@gci/shared';
import type { Formatters } from './formatters.ts';

/** What a tier-stability run drew, as the methodology's stability settings say it. */
export interface StabilityMethod {
  vary: StabilityVary;
  distribution: WeightDistribution;
  draws: number;
  seed: number;
}

/** One sentence saying what varied, how, over how many draws and with which seed (the public page, the profile, the editor). */
export function stabilitySettingsInWords(t: TFunction, format: Formatters, s: StabilityMethod): string {
  const d = s.distribution;
  const share = (x: number) => (Number.isInteger(Math.round(x * 1e6) / 1e4) ? format.percent(x) : format.percent1(x));
  const value = d.kind === 'uniform' ? share(d.spread) : d.kind === 'normal' ? share(d.sd) : format.number(d.concentration);
  const options = { value, draws: format.integer(s.draws), seed: s.seed };
  const pillars = s.vary === 'pillars';
  switch (d.kind) {
    case 'uniform':
      return pillars ? t('stabilitySettings.pillars_uniform', options) : t('stabilitySettings.all_uniform', options);
    case 'normal':
      return pillars ? t('stabilitySettings.pillars_normal', options) : t('stabilitySettings.all_normal', options);
    case 'dirichlet':
      return pillars ? t('stabilitySettings.pillars_dirichlet', options) : t('stabilitySettings.all_dirichlet', options);
  }
}
