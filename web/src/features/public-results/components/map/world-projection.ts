import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { SMALL_STATE_POSITIONS } from './small-states.generated.ts';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export type WorldAtlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export interface CountryShape {
  /** ISO 3166-1 numeric, zero-padded ('250'); undefined for the few features without one (N. Cyprus, Somaliland, Kosovo) */
  numeric: string | undefined;
  /** Natural Earth's short English name (only used for shapes without data) */
  atlasName: string;
  d: string;
  /** centre of the shape in map coordinates, where the tooltip points */
  x: number;
  y: number;
}

export interface SmallStateMarker {
  /** a small disc, drawn over the shapes */
  d: string;
  x: number;
  y: number;
}

export interface ProjectedWorld {
  shapes: CountryShape[];
  /** [ISO numeric, marker] for the states too small for the 110 m atlas */
  markers: [string, SmallStateMarker][];
}

// Antarctica is no ITU member and would take a sixth of the map.
const ANTARCTICA = '010';

/** Radius of a small state's disc, in map units: large enough to see, hover and click. */
const MARKER_RADIUS = 3.5;

/** A tenth of a map unit: finer than any screen shows the 960-unit map, and a third fewer bytes than d3's default. */
const DIGITS = 1;
const round = (n: number) => Math.round(n * 10 ** DIGITS) / 10 ** DIGITS;

/**
 * The 110 m world in the Natural Earth projection, with a disc for each state it cannot draw.
 * Pure: the web build runs it once (vite.config.ts) and ships its result, so no visitor's browser
 * loads d3-geo and the atlas or spends a tenth of a second projecting them.
 */
export function projectWorld(atlas: WorldAtlas): ProjectedWorld {
  const collection = feature(atlas, atlas.objects.countries);
  const features = collection.features.filter((f) => f.id !== ANTARCTICA);
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: 'FeatureCollection', features },
  );
  const path = geoPath(projection).digits(DIGITS);
  const shapes = features.flatMap((f) => {
    const d = path(f);
    if (!d) return [];
    const [x, y] = path.centroid(f);
    return [{ numeric: f.id === undefined ? undefined : String(f.id), atlasName: f.properties?.name ?? '', d, x: round(x), y: round(y) }];
  });
  const disc = geoPath(projection).digits(DIGITS).pointRadius(MARKER_RADIUS);
  const markers: [string, SmallStateMarker][] = [];
  for (const [numeric, lon, lat] of SMALL_STATE_POSITIONS) {
    const point = projection([lon, lat]);
    const d = disc({ type: 'Point', coordinates: [lon, lat] });
    if (point && d) markers.push([numeric, { d, x: round(point[0]), y: round(point[1]) }]);
  }
  return { shapes, markers };
}
