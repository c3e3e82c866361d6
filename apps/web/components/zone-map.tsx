// The industrial zones on a map drawn on the server as SVG: no tiles, no script, readable offline. Land comes from
// the committed outline (lib/map/region-outline.ts), each zone is a link to its page, and one zone can stand out.
// The list of zones next to the map on each page is its text alternative.
import type { Locale } from "../lib/i18n/locales";
import type { Messages } from "../lib/i18n/messages";
import { isOnMap, mapHeight, mapWidth, project, ringsPath } from "../lib/map/projection";
import { cambodiaLand, vietnamLand } from "../lib/map/region-outline";
import type { MapZone } from "../lib/zones";

/** Towns that tell a reader where they are (positions of the town centres). */
const towns: { key: keyof Messages["map"]["towns"]; lat: number; lng: number; anchor: "start" | "end" }[] = [
  { key: "hcmc", lat: 10.776, lng: 106.701, anchor: "end" },
  { key: "bienHoa", lat: 10.945, lng: 106.824, anchor: "start" },
  { key: "thuDauMot", lat: 10.98, lng: 106.652, anchor: "end" },
  { key: "vungTau", lat: 10.346, lng: 107.084, anchor: "start" },
  { key: "tayNinh", lat: 11.31, lng: 106.098, anchor: "start" },
];

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
  return (
    <figure className="zone-map max-w-3xl overflow-hidden rounded-lg border border-line-soft bg-white">
      <svg
        viewBox={`0 0 ${mapWidth} ${mapHeight}`}
        className="block h-auto w-full"
        aria-labelledby="zone-map-title zone-map-desc"
        lang={locale}
      >
        <title id="zone-map-title">{m.title}</title>
        <desc id="zone-map-desc">{description}</desc>
        <rect width={mapWidth} height={mapHeight} fill="#d8e9f5" />
        <path d={cambodiaPath} fill="#ebe9e2" stroke="#9a9fa3" strokeWidth={1.5} />
        <path d={landPath} fill="#fbfaf6" stroke="#6f777b" strokeWidth={1.5} />
        <g fontSize={22} fill="#505a5f" fontStyle="italic">
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
                <circle cx={x} cy={y} r={7} fill="#0f5c4d" stroke="#ffffff" strokeWidth={2} />
              </a>
            );
          })}
        </g>
        <g fontSize={21} fontWeight={600} fill="#0b0c0c">
          {towns.map((town) => {
            const [x, y] = project(town.lng, town.lat);
            return (
              <g key={town.key}>
                <rect x={x - 4} y={y - 4} width={8} height={8} fill="#0b0c0c" />
                <text
                  x={town.anchor === "start" ? x + 10 : x - 10}
                  y={y + 7}
                  textAnchor={town.anchor}
                  className="map-halo"
                >
                  {m.towns[town.key]}
                </text>
              </g>
            );
          })}
        </g>
        {mark ? (
          <a href={mark.href} aria-label={mark.name} aria-current="page">
            <circle cx={hx} cy={hy} r={16} fill="none" stroke="#8e0b21" strokeWidth={4} />
            <circle cx={hx} cy={hy} r={9} fill="#8e0b21" stroke="#ffffff" strokeWidth={2} />
            <text
              x={hx > mapWidth * 0.6 ? hx - 24 : hx + 24}
              y={hy - 18}
              textAnchor={hx > mapWidth * 0.6 ? "end" : "start"}
              fontSize={24}
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
