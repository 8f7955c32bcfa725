import { z } from 'zod';

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
