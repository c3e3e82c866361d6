// Longitude and latitude to the zone map's SVG coordinates. Over the 1.5° the map spans, a plain equirectangular
// projection with longitudes shortened by cos(latitude) keeps shapes and distances true to within about 1 %.
import { type LngLat, regionBounds } from "./region-outline";

export const mapWidth = 800;
const middleLatitude = (regionBounds.south + regionBounds.north) / 2;
const pixelsPerDegreeLat =
  mapWidth / ((regionBounds.east - regionBounds.west) * Math.cos((middleLatitude * Math.PI) / 180));
const pixelsPerDegreeLng = mapWidth / (regionBounds.east - regionBounds.west);
export const mapHeight = Math.round((regionBounds.north - regionBounds.south) * pixelsPerDegreeLat * 10) / 10;

/** SVG x and y (y grows southwards), rounded to a tenth of a pixel. */
export function project(lng: number, lat: number): [number, number] {
  const x = (lng - regionBounds.west) * pixelsPerDegreeLng;
  const y = (regionBounds.north - lat) * pixelsPerDegreeLat;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

export function isOnMap(lng: number, lat: number): boolean {
  return (
    lng >= regionBounds.west &&
    lng <= regionBounds.east &&
    lat >= regionBounds.south &&
    lat <= regionBounds.north
  );
}

/** An SVG path for closed rings of [lng, lat]. */
export function ringsPath(rings: readonly (readonly LngLat[])[]): string {
  return rings.map((ring) => `M${ring.map(([lng, lat]) => project(lng, lat).join(",")).join("L")}Z`).join("");
}

/** How far a point lies from the nearest edge of the rings, in km (for points just off a simplified coast). */
export function kmToRings(rings: readonly (readonly LngLat[])[], lng: number, lat: number): number {
  const kmPerDegreeLng = 111.32 * Math.cos((lat * Math.PI) / 180);
  let nearest = Number.POSITIVE_INFINITY;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j] as LngLat;
      const [bx, by] = ring[i] as LngLat;
      // In km around the point: a flat plane is exact enough over a few km.
      const a = [(ax - lng) * kmPerDegreeLng, (ay - lat) * 110.57];
      const b = [(bx - lng) * kmPerDegreeLng, (by - lat) * 110.57];
      const dx = (b[0] ?? 0) - (a[0] ?? 0);
      const dy = (b[1] ?? 0) - (a[1] ?? 0);
      const length2 = dx * dx + dy * dy;
      const t =
        length2 === 0 ? 0 : Math.max(0, Math.min(1, -((a[0] ?? 0) * dx + (a[1] ?? 0) * dy) / length2));
      nearest = Math.min(nearest, Math.hypot((a[0] ?? 0) + t * dx, (a[1] ?? 0) + t * dy));
    }
  }
  return nearest;
}

/** Whether a point lies inside any of the rings (even-odd rule), for checking the outline against the zones. */
export function insideRings(rings: readonly (readonly LngLat[])[], lng: number, lat: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as LngLat;
      const [xj, yj] = ring[j] as LngLat;
      if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
