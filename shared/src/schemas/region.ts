import { z } from 'zod';
import type { LocalizedString } from './locale.ts';

/** ITU development regions; every member state belongs to exactly one. */
export const REGIONS = ['africa', 'americas', 'arab_states', 'asia_pacific', 'cis', 'europe'] as const;
export const RegionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof RegionSchema>;

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
