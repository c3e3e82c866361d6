// Where a supplier is, as stored: a zone gives coordinates and both provinces; an address gives its own point
// and the province it names.

export interface ZoneLocation {
  id: string;
  lat: number;
  lng: number;
  province2025: string;
  formerProvince: string | null;
}

export interface LocationColumns {
  zoneId: string | null;
  address: string | null;
  lat: number;
  lng: number;
  province2025: string;
  formerProvince: string | null;
}

import { provincePairOf } from "../geo/resolve-province.js";

export type LocationResult =
  | { ok: true; columns: LocationColumns }
  | { ok: false; problem: "unknown_zone" | "incomplete" };

export function locationColumns(
  location: {
    zoneId?: string | undefined;
    address?: string | undefined;
    province?: string | undefined;
    lat?: number | undefined;
    lng?: number | undefined;
  },
  findZone: (id: string) => ZoneLocation | undefined,
): LocationResult {
  const zone = location.zoneId ? findZone(location.zoneId) : undefined;
  if (location.zoneId && !zone) return { ok: false, problem: "unknown_zone" };
  const named = location.province ? provincePairOf(location.province) : undefined;
  const lat = location.lat ?? zone?.lat;
  const lng = location.lng ?? zone?.lng;
  const province2025 = zone?.province2025 ?? named?.province2025;
  if (lat === undefined || lng === undefined || province2025 === undefined)
    return { ok: false, problem: "incomplete" };
  return {
    ok: true,
    columns: {
      zoneId: zone?.id ?? null,
      address: location.address ?? null,
      lat,
      lng,
      province2025,
      formerProvince: zone?.formerProvince ?? named?.formerProvince ?? null,
    },
  };
}
