import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { SMALL_STATE_POSITIONS } from './small-states.generated.ts';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

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

// Antarctica is no ITU member and would take a sixth of the map.
const ANTARCTICA = '010';

export interface SmallStateMarker {
  /** a small disc, drawn over the shapes */
  d: string;
  x: number;
  y: number;
}

/** Radius of a small state's disc, in map units: large enough to see, hover and click. */
const MARKER_RADIUS = 3.5;

/** The 110m world projected once (Natural Earth projection), when the map chunk loads, with a disc for each state it cannot draw. */
function project(): { shapes: CountryShape[]; markers: Map<string, SmallStateMarker> } {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features.filter((f) => f.id !== ANTARCTICA);
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: 'FeatureCollection', features },
  );
  const path = geoPath(projection);
  const shapes = features.flatMap((f) => {
    const d = path(f);
    if (!d) return [];
    const [x, y] = path.centroid(f);
    return [{ numeric: f.id === undefined ? undefined : String(f.id), atlasName: f.properties?.name ?? '', d, x, y }];
  });
  const disc = geoPath(projection).pointRadius(MARKER_RADIUS);
  const markers = new Map<string, SmallStateMarker>();
  for (const [numeric, lon, lat] of SMALL_STATE_POSITIONS) {
    const point = projection([lon, lat]);
    const d = disc({ type: 'Point', coordinates: [lon, lat] });
    if (point && d) markers.set(numeric, { d, x: point[0], y: point[1] });
  }
  return { shapes, markers };
}

const projected = project();
export const WORLD_SHAPES: readonly CountryShape[] = projected.shapes;
/** By ISO numeric code: the states too small for the 110 m atlas (Andorra, Singapore, Tuvalu …). */
export const SMALL_STATE_MARKERS: ReadonlyMap<string, SmallStateMarker> = projected.markers;
