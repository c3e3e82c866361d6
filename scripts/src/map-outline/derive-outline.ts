// Turns Natural Earth country shapes (TopoJSON, as world-atlas ships them) into the small outline the web's zone
// map draws: the countries' rings decoded, clipped to the map's rectangle and simplified. Pure, so it is tested
// on its own; `pnpm map:outline` runs it on the real data.

/** [longitude, latitude] in degrees. */
type Point = [number, number];
export type Ring = Point[];

export interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

interface Topology {
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, { geometries: TopoGeometry[] }>;
}

type TopoGeometry =
  | { type: "Polygon"; id?: string; arcs: number[][] }
  | { type: "MultiPolygon"; id?: string; arcs: number[][][] }
  | { type: string; id?: string; arcs?: unknown };

/** Every ring of one country (by ISO 3166 numeric id) in a TopoJSON topology, as absolute coordinates. */
export function countryRings(topology: Topology, objectName: string, id: string): Ring[] {
  const geometry = topology.objects[objectName]?.geometries.find((g) => g.id === id);
  if (!geometry) throw new Error(`no geometry ${id} in ${objectName}`);
  const arcs = topology.arcs.map((arc) => decodeArc(arc, topology.transform));
  const ring = (indexes: number[]): Ring =>
    indexes.flatMap((index, position) => {
      // A negative index is the one's complement of an arc walked backwards; arcs share their end points.
      const points = index >= 0 ? (arcs[index] ?? []) : [...(arcs[~index] ?? [])].reverse();
      return position === 0 ? points : points.slice(1);
    });
  if (geometry.type === "Polygon") return (geometry.arcs as number[][]).map(ring);
  if (geometry.type === "MultiPolygon") return (geometry.arcs as number[][][]).flatMap((p) => p.map(ring));
  throw new Error(`geometry ${id} is a ${geometry.type}, not a polygon`);
}

function decodeArc(arc: [number, number][], transform: Topology["transform"]): Ring {
  if (!transform) return arc.map(([x, y]) => [x, y]);
  // Quantised topologies store each point as the difference from the previous one.
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * transform.scale[0] + transform.translate[0], y * transform.scale[1] + transform.translate[1]];
  });
}

/**
 * Sutherland–Hodgman clipping of a ring to a rectangle: what lies outside is replaced by the rectangle's edge, so a
 * filled result still reads as land reaching beyond the map's frame.
 */
export function clipRing(ring: Ring, bounds: Bounds): Ring {
  const edges: { inside: (p: Point) => boolean; cross: (a: Point, b: Point) => Point }[] = [
    { inside: (p) => p[0] >= bounds.west, cross: (a, b) => atX(a, b, bounds.west) },
    { inside: (p) => p[0] <= bounds.east, cross: (a, b) => atX(a, b, bounds.east) },
    { inside: (p) => p[1] >= bounds.south, cross: (a, b) => atY(a, b, bounds.south) },
    { inside: (p) => p[1] <= bounds.north, cross: (a, b) => atY(a, b, bounds.north) },
  ];
  let output = openRing(ring);
  for (const edge of edges) {
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i] as Point;
      const previous = input[(i + input.length - 1) % input.length] as Point;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) output.push(edge.cross(previous, current));
        output.push(current);
      } else if (edge.inside(previous)) output.push(edge.cross(previous, current));
    }
    if (output.length === 0) return [];
  }
  return output;
}

const atX = (a: Point, b: Point, x: number): Point => [
  x,
  a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]),
];
const atY = (a: Point, b: Point, y: number): Point => [
  a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]),
  y,
];

/** A ring without its closing point (GeoJSON and TopoJSON repeat the first point at the end). */
function openRing(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first && last && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring;
}

/**
 * Douglas–Peucker simplification of a closed ring: no point of the original lies farther than `tolerance`
 * (in degrees, measured in the plane) from the simplified ring.
 */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
  const open = openRing(ring);
  if (open.length < 4) return open;
  // Split the ring at its first point and the point farthest from it, then simplify each half as a line.
  const start = open[0] as Point;
  let far = 1;
  for (let i = 1; i < open.length; i++) {
    if (planeDistance(open[i] as Point, start) > planeDistance(open[far] as Point, start)) far = i;
  }
  const first = simplifyLine(open.slice(0, far + 1), tolerance);
  const second = simplifyLine([...open.slice(far), start], tolerance);
  return [...first, ...second.slice(1, -1)];
}

function simplifyLine(line: Ring, tolerance: number): Ring {
  const keep = new Array<boolean>(line.length).fill(false);
  keep[0] = true;
  keep[line.length - 1] = true;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [from, to] = stack.pop() as [number, number];
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const d = segmentDistance(line[i] as Point, line[from] as Point, line[to] as Point);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = true;
      stack.push([from, worst], [worst, to]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

function planeDistance(a: Point, b: Point): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** Distance from p to the segment a–b. */
function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return planeDistance(p, [a[0] + t * dx, a[1] + t * dy]);
}

/** Area of a ring in square degrees (shoelace), to drop slivers too small to see. */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as Point;
    const b = ring[(i + 1) % ring.length] as Point;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(sum) / 2;
}

/** The largest distance from any point of `original` to the ring `simplified` (its edges), in degrees. */
export function maxDeviation(original: Ring, simplified: Ring): number {
  let worst = 0;
  for (const p of original) {
    let nearest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < simplified.length; i++) {
      const a = simplified[i] as Point;
      const b = simplified[(i + 1) % simplified.length] as Point;
      nearest = Math.min(nearest, segmentDistance(p, a, b));
    }
    worst = Math.max(worst, nearest);
  }
  return worst;
}
