"use client";
// The zone picked on the map, beside a by-name picker (which stays the keyboard's and screen reader's way): a tap
// anywhere picks the nearest zone, so a thumb need not hit a dot a few pixels wide. Either the choice lands in a
// list (`selectId`), which the form posts, and the list's changes show on the map; or the picker beside it owns
// the choice (`value`, `onPick`).
import { type MouseEvent, useEffect, useRef, useState } from "react";
import { fill } from "../lib/i18n/fill";
import type { Messages } from "../lib/i18n/messages";
import { isOnMap, mapHeight, mapWidth, project, ringsPath } from "../lib/map/projection";
import { cambodiaLand, vietnamLand } from "../lib/map/region-outline";
import { MapTownMark, mapTowns } from "./zone-map";

export interface PickableZone {
  id: string;
  name: string;
  lat: number;
  lng: number;
}

const landPath = ringsPath(vietnamLand);
const cambodiaPath = ringsPath(cambodiaLand);
/** How far from a tap (in map units, about 60 km across the whole map's 800) a zone may be and still be meant. */
const reach = 40;

export function ZonePickMap({
  zones,
  selectId,
  initial,
  value,
  onPick,
  copy,
}: {
  zones: PickableZone[];
  /** The list the choice lands in and is read from. */
  selectId?: string;
  initial: string;
  /** The choice as the picker beside the map holds it. */
  value?: string;
  onPick?: (zone: PickableZone) => void;
  copy: { title: string; hint: string; chosen: string; towns: Messages["map"]["towns"] };
}) {
  const [selected, setSelected] = useState(initial);
  useEffect(() => {
    if (value !== undefined) setSelected(value);
  }, [value]);
  const svg = useRef<SVGSVGElement>(null);
  const placed = zones
    .filter((zone) => isOnMap(zone.lng, zone.lat))
    .map((zone) => ({ ...zone, at: project(zone.lng, zone.lat) }));
  // The frame around the zones, so they spread over the width a phone has.
  const xs = placed.map((zone) => zone.at[0]);
  const ys = placed.map((zone) => zone.at[1]);
  const margin = 30;
  const frame =
    placed.length > 0
      ? {
          x: Math.max(0, Math.min(...xs) - margin),
          y: Math.max(0, Math.min(...ys) - margin),
          width: Math.min(mapWidth, Math.max(...xs) - Math.min(...xs) + 2 * margin),
          height: Math.min(mapHeight, Math.max(...ys) - Math.min(...ys) + 2 * margin),
        }
      : { x: 0, y: 0, width: mapWidth, height: mapHeight };
  const k = Math.sqrt(frame.width / mapWidth);

  useEffect(() => {
    if (!selectId) return;
    const select = document.getElementById(selectId);
    if (!(select instanceof HTMLSelectElement)) return;
    const follow = () => setSelected(select.value);
    select.addEventListener("change", follow);
    return () => select.removeEventListener("change", follow);
  }, [selectId]);

  function pick(event: MouseEvent<SVGSVGElement>) {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    let nearest: (typeof placed)[number] | undefined;
    let best = reach * reach;
    for (const zone of placed) {
      const d = (zone.at[0] - point.x) ** 2 + (zone.at[1] - point.y) ** 2;
      if (d < best) {
        best = d;
        nearest = zone;
      }
    }
    if (!nearest) return;
    const select = selectId ? document.getElementById(selectId) : null;
    if (select instanceof HTMLSelectElement) {
      select.value = nearest.id;
      select.dispatchEvent(new Event("change", { bubbles: true }));
    }
    setSelected(nearest.id);
    onPick?.(nearest);
  }

  const chosen = placed.find((zone) => zone.id === selected);
  return (
    <figure className="zone-map overflow-hidden rounded-lg border border-line-soft bg-white">
      {/* The list above is the accessible way to choose; the map repeats it for pointing. */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the zone list beside the map is the keyboard's control */}
      <svg
        ref={svg}
        viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
        className="block h-auto w-full cursor-pointer touch-manipulation"
        role="img"
        aria-label={copy.title}
        onClick={pick}
        data-testid="zone-pick-map"
      >
        <rect x={0} y={0} width={mapWidth} height={mapHeight} fill="#d8e9f5" />
        <path d={cambodiaPath} fill="#ebe9e2" stroke="#9a9fa3" strokeWidth={1.5 * k} />
        <path d={landPath} fill="#fbfaf6" stroke="#6f777b" strokeWidth={1.5 * k} />
        {placed.map((zone) => (
          <circle
            key={zone.id}
            cx={zone.at[0]}
            cy={zone.at[1]}
            r={5 * k}
            fill={zone.id === selected ? "#8e0b21" : "#0f5c4d"}
            stroke="#ffffff"
            strokeWidth={1.5 * k}
            data-zone={zone.id}
          />
        ))}
        {/* Towns, so a reader finds their way to their zone. */}
        <g fontSize={21 * k} fontWeight={600} fill="#0b0c0c" pointerEvents="none">
          {mapTowns.map((town) => {
            const [x, y] = project(town.lng, town.lat);
            // A town at the frame's edge would show half its name: only those well inside are drawn.
            const inside =
              x > frame.x + 40 &&
              x < frame.x + frame.width - 40 &&
              y > frame.y + 20 &&
              y < frame.y + frame.height - 20;
            if (!inside) return null;
            return <MapTownMark key={town.key} town={town} label={copy.towns[town.key]} k={k} />;
          })}
        </g>
        {chosen ? (
          <circle
            cx={chosen.at[0]}
            cy={chosen.at[1]}
            r={12 * k}
            fill="none"
            stroke="#8e0b21"
            strokeWidth={3 * k}
          />
        ) : null}
      </svg>
      <figcaption className="border-t border-line-soft px-4 py-3">
        <p className="text-base text-muted">{copy.hint}</p>
        <p aria-live="polite" className="font-semibold">
          {chosen ? fill(copy.chosen, { name: chosen.name }) : null}
        </p>
      </figcaption>
    </figure>
  );
}
