// How far matching looks in both directions. Scoring excludes a supplier beyond the reach and shows one between
// the buyer's own limit and the reach as a near miss ("slightly too far"), so retrieval must look exactly as far.

/** The reach is this multiple of the buyer's distance limit. */
const reachFactor = 2;

/**
 * The farthest, in km, a supplier may be from a request's delivery point and still be shown for it; null when the
 * buyer set no limit (distance then only ranks).
 */
export function matchReachKm(maxDistanceKm: number): number;
export function matchReachKm(maxDistanceKm: number | null): number | null;
export function matchReachKm(maxDistanceKm: number | null): number | null {
  return maxDistanceKm === null ? null : reachFactor * maxDistanceKm;
}
