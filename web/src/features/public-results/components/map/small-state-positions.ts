import { geoArea, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Countries = Topology<{ countries: GeometryCollection }>;

/** [ISO 3166-1 numeric, longitude, latitude] */
export type SmallStatePosition = readonly [numeric: string, lon: number, lat: number];

const round = (n: number) => Math.round(n * 100) / 100;

/** The largest island's centre: a centroid of every island of Kiribati or the Maldives can fall in open sea. */
function mainCentre(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.map((coordinates) => ({ coordinates, area: geoArea({ type: 'Polygon', coordinates }) })).reduce((a, b) => (b.area > a.area ? b : a));
  const [lon, lat] = geoCentroid({ type: 'Polygon', coordinates: largest.coordinates });
  return [round(lon), round(lat)];
}

/**
 * Where to put a marker for each country the coarse atlas has no shape for (Andorra, Singapore,
 * Tuvalu …): the centre of its main island or territory in the fine atlas. Run at generation time
 * (tools/generate-small-states.ts) so the 3.6 MB fine atlas never reaches the browser.
 */
export function smallStatePositions(coarse: Countries, fine: Countries): SmallStatePosition[] {
  const drawn = new Set(coarse.objects.countries.geometries.map((g) => String(g.id)));
  const { features } = feature(fine, fine.objects.countries);
  return features
    .filter((f) => f.id !== undefined && !drawn.has(String(f.id)) && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
    .map((f): SmallStatePosition => [String(f.id), ...mainCentre(f.geometry as Polygon | MultiPolygon)])
    .toSorted((a, b) => a[0].localeCompare(b[0]));
}
