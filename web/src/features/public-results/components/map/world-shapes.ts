import countries110m from 'world-atlas/countries-110m.json';
import { projectWorld, type CountryShape, type SmallStateMarker, type WorldAtlas } from './world-projection.ts';

export { MAP_HEIGHT, MAP_WIDTH, type CountryShape, type SmallStateMarker } from './world-projection.ts';

// The web build replaces this module with the projection's result (gci-world-shapes in
// vite.config.ts); the development server and tests project the atlas here, the same way.
const projected = projectWorld(countries110m as unknown as WorldAtlas);

export const WORLD_SHAPES: readonly CountryShape[] = projected.shapes;
/** By ISO numeric code: the states too small for the 110 m atlas (Andorra, Singapore, Tuvalu …). */
export const SMALL_STATE_MARKERS: ReadonlyMap<string, SmallStateMarker> = new Map(projected.markers);
