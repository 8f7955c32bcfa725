import { z } from 'zod';
import { REGIONS } from '../plain/regions.ts';

export { REGIONS, isRegion, regionOf, REGION_NAMES, REGION_LABELS, type Region } from '../plain/regions.ts';

export const RegionSchema = z.enum(REGIONS);
