export * from './schemas/locale.ts';
export * from './schemas/region.ts';
export * from './schemas/country.ts';
export * from './schemas/methodology.ts';
export * from './schemas/tiers.ts';
export * from './schemas/public-results.ts';
export * from './schemas/error.ts';
export * from './schemas/publication.ts';
