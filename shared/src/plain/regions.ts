/**
 * The ITU regions, as plain values and a guard: no zod here, so a public page can read a region from
 * its address without loading it. The schema is in schemas/region.ts.
 */
import type { LocalizedString } from './locales.ts';

/** ITU development regions; every member state belongs to exactly one. */
export const REGIONS = ['africa', 'americas', 'arab_states', 'asia_pacific', 'cis', 'europe'] as const;
export type Region = (typeof REGIONS)[number];

export const isRegion = (value: unknown): value is Region => typeof value === 'string' && (REGIONS as readonly string[]).includes(value);

/** The region a value names (an address's `?region=`), or null for anything else. */
export const regionOf = (value: unknown): Region | null => (isRegion(value) ? value : null);

export const REGION_NAMES: Record<Region, string> = {
  africa: 'Africa',
  americas: 'Americas',
  arab_states: 'Arab States',
  asia_pacific: 'Asia-Pacific',
  cis: 'CIS',
  europe: 'Europe',
};

/** Region names in the six UN languages (the same words as the web's `regions` texts), for exports read outside the web. */
export const REGION_LABELS: Record<Region, LocalizedString> = {
  africa: { en: 'Africa', fr: 'Afrique', es: 'África', ar: 'أفريقيا', zh: '非洲', ru: 'Африка' },
  americas: { en: 'Americas', fr: 'Amériques', es: 'Américas', ar: 'الأمريكتان', zh: '美洲', ru: 'Америка' },
  arab_states: { en: 'Arab States', fr: 'États arabes', es: 'Estados Árabes', ar: 'الدول العربية', zh: '阿拉伯国家', ru: 'Арабские государства' },
  asia_pacific: { en: 'Asia-Pacific', fr: 'Asie-Pacifique', es: 'Asia-Pacífico', ar: 'آسيا والمحيط الهادئ', zh: '亚太', ru: 'Азиатско-Тихоокеанский регион' },
  cis: { en: 'CIS', fr: 'CEI', es: 'CEI', ar: 'كومنولث الدول المستقلة', zh: '独联体', ru: 'СНГ' },
  europe: { en: 'Europe', fr: 'Europe', es: 'Europa', ar: 'أوروبا', zh: '欧洲', ru: 'Европа' },
};
