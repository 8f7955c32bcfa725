export * from './schemas/locale.ts';
export * from './schemas/region.ts';
export * from './schemas/methodology.ts';
export * from './schemas/tiers.ts';
