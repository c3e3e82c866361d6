// The industrial zones on a map drawn on the server as SVG: no tiles, no script, readable offline. Land comes from
// the committed outline (lib/map/region-outline.ts), each zone is a link to its page, and one zone can stand out.
// The list of zones next to the map on each page is its text alternative.
import type { Locale } from "../lib/i18n/locales";
import type { Messages } from "../lib/i18n/messages";
import { isOnMap, mapHeight, mapWidth, project, ringsPath } from "../lib/map/projection";
import { cambodiaLand, vietnamLand } from "../lib/map/region-outline";
import type { MapZone } from "../lib/zones";

/** Towns that tell a reader where they are (positions of the town centres). */
export const mapTowns: {
  key: keyof Messages["map"]["towns"];
  lat: number;
  lng: number;
  anchor: "start" | "end";
}[] = [
  { key: "hcmc", lat: 10.776, lng: 106.701, anchor: "end" },
  { key: "bienHoa", lat: 10.945, lng: 106.824, anchor: "start" },
  { key: "thuDauMot", lat: 10.98, lng: 106.652, anchor: "end" },
  { key: "vungTau", lat: 10.346, lng: 107.084, anchor: "start" },
  { key: "tayNinh", lat: 11.31, lng: 106.098, anchor: "start" },
];

/** A town's square and name, scaled with the map's frame (`k`), with a halo that keeps it readable over dots. */
export function MapTownMark({
  town,
  label,
  k,
}: {
  town: (typeof mapTowns)[number];
  label: string;
  k: number;
}) {
  const [x, y] = project(town.lng, town.lat);
  return (
    <g>
      <rect x={x - 4 * k} y={y - 4 * k} width={8 * k} height={8 * k} fill="#0b0c0c" />
      <text
        x={town.anchor === "start" ? x + 10 * k : x - 10 * k}
        y={y + 7 * k}
        textAnchor={town.anchor}
        className="map-halo"
      >
        {label}
      </text>
    </g>
  );
}

const landPath = ringsPath(vietnamLand);
const cambodiaPath = ringsPath(cambodiaLand);

export function ZoneMap({
  locale,
  messages,
  zones,
  highlighted,
  description,
  listHref,
}: {
  locale: Locale;
  messages: Messages;
  zones: MapZone[];
  /** The zone this page is about: drawn larger, in another colour, with its name. */
  highlighted?: MapZone | undefined;
  description: string;
  /** Where the zones are listed as text (the map's alternative): "#zone-list" or the zone index. */
  listHref: string;
}) {
  const m = messages.map;
  const shown = zones.filter((zone) => zone.id !== highlighted?.id && isOnMap(zone.lng, zone.lat));
  const mark = highlighted && isOnMap(highlighted.lng, highlighted.lat) ? highlighted : undefined;
  const [hx, hy] = mark ? project(mark.lng, mark.lat) : [0, 0];
  // A zone's page shows its neighbourhood (about 90 km across) rather than the whole region: points spread out and
  // labels grow, which a phone needs. Sizes shrink less than the frame, so labels stay readable but in proportion.
  const frame = mark ? zoomFrame(hx, hy) : { x: 0, y: 0, width: mapWidth, height: mapHeight };
  const k = Math.sqrt(frame.width / mapWidth);
  const label = mark
    ? placeLabel(mark.name, hx, 24 * k, frame)
    : { x: 0, anchor: "start" as const, fontSize: 0 };
  return (
    <figure
      className={`zone-map overflow-hidden rounded-lg border border-line-soft bg-white ${mark ? "max-w-xl" : "max-w-3xl"}`}
    >
      <svg
        viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
        className="block h-auto w-full"
        aria-labelledby="zone-map-title zone-map-desc"
        lang={locale}
      >
        <title id="zone-map-title">{m.title}</title>
        <desc id="zone-map-desc">{description}</desc>
        <rect width={mapWidth} height={mapHeight} fill="#d8e9f5" />
        <path d={cambodiaPath} fill="#ebe9e2" stroke="#9a9fa3" strokeWidth={1.5 * k} />
        <path d={landPath} fill="#fbfaf6" stroke="#6f777b" strokeWidth={1.5 * k} />
        <g fontSize={22 * k} fill="#505a5f" fontStyle="italic">
          <text x={40} y={430}>
            {m.cambodia}
          </text>
          <text x={610} y={mapHeight - 40}>
            {m.sea}
          </text>
        </g>
        <g>
          {shown.map((zone) => {
            const [x, y] = project(zone.lng, zone.lat);
            return (
              <a key={zone.id} href={zone.href} aria-label={zone.name}>
                <circle cx={x} cy={y} r={7 * k} fill="#0f5c4d" stroke="#ffffff" strokeWidth={2 * k} />
              </a>
            );
          })}
        </g>
        <g fontSize={21 * k} fontWeight={600} fill="#0b0c0c">
          {mapTowns.map((town) => (
            <MapTownMark key={town.key} town={town} label={m.towns[town.key]} k={k} />
          ))}
        </g>
        {mark ? (
          <a href={mark.href} aria-label={mark.name} aria-current="page">
            <circle cx={hx} cy={hy} r={16 * k} fill="none" stroke="#8e0b21" strokeWidth={4 * k} />
            <circle cx={hx} cy={hy} r={9 * k} fill="#8e0b21" stroke="#ffffff" strokeWidth={2 * k} />
            <text
              x={label.x}
              y={hy - 22 * k}
              textAnchor={label.anchor}
              fontSize={label.fontSize}
              fontWeight={700}
              fill="#8e0b21"
              className="map-halo"
            >
              {mark.name}
            </text>
          </a>
        ) : null}
      </svg>
      <figcaption className="border-t border-line-soft px-4 py-3 text-sm text-muted">
        {m.source}{" "}
        <a href={listHref} className="inline-flex min-h-11 items-center font-semibold">
          {m.toList}
        </a>
      </figcaption>
    </figure>
  );
}

/** The part of the map around a point, kept inside the map. */
function zoomFrame(x: number, y: number): { x: number; y: number; width: number; height: number } {
  const width = 420;
  const height = 380;
  const clamp = (value: number, max: number) => Math.round(Math.min(Math.max(value, 0), max));
  return {
    x: clamp(x - width / 2, mapWidth - width),
    y: clamp(y - height / 2, mapHeight - height),
    width,
    height,
  };
}

/**
 * Where the highlighted zone's name goes so that it stays inside the frame: beside the point on the side with room,
 * else centred over it and moved in from the edge, in a smaller size if it is wider than the frame. Widths are
 * estimated (about 0.55 em a letter in this font).
 */
function placeLabel(
  name: string,
  x: number,
  preferredSize: number,
  frame: { x: number; width: number },
): { x: number; anchor: "start" | "middle" | "end"; fontSize: number } {
  const left = frame.x + 8;
  const right = frame.x + frame.width - 8;
  const fontSize = Math.min(preferredSize, (right - left) / (name.length * 0.55));
  const width = name.length * fontSize * 0.55;
  const gap = fontSize;
  if (x + gap + width <= right) return { x: x + gap, anchor: "start", fontSize };
  if (x - gap - width >= left) return { x: x - gap, anchor: "end", fontSize };
  return { x: Math.min(Math.max(x, left + width / 2), right - width / 2), anchor: "middle", fontSize };
}
