import type { TierThreshold } from './methodology.ts';

/** GCI 2024 tiers and their overall-score bands; a score on a boundary belongs to the higher tier. */
export const GCI_2024_TIERS: TierThreshold[] = [
  {
    tier: 1,
    key: 'role_modelling',
    name: { en: 'Role-modelling', fr: 'Exemplaire', es: 'Modelo a seguir', ar: 'نموذج يحتذى به', zh: '示范', ru: 'Образцовый' },
    min: 95,
  },
  { tier: 2, key: 'advancing', name: { en: 'Advancing', fr: 'En progression', es: 'En progreso', ar: 'متقدم', zh: '推进', ru: 'Продвигающийся' }, min: 85 },
  {
    tier: 3,
    key: 'establishing',
    name: { en: 'Establishing', fr: 'En consolidation', es: 'En consolidación', ar: 'في طور التأسيس', zh: '建立', ru: 'Формирующийся' },
    min: 55,
  },
  { tier: 4, key: 'evolving', name: { en: 'Evolving', fr: 'En évolution', es: 'En evolución', ar: 'متطور', zh: '发展', ru: 'Развивающийся' }, min: 20 },
  {
    tier: 5,
    key: 'building',
    name: { en: 'Building', fr: 'En construction', es: 'En construcción', ar: 'في طور البناء', zh: '起步', ru: 'Начальный' },
    min: 0,
  },
];
