// Zones as the directory pages show them: in the page's language, grouped by today's province, nearest first.
import { distanceKm } from "@ketnoi/domain/geo";
import type { Zone } from "./directory";
import { intlLocale, type Locale } from "./i18n/locales";

/** A zone as the map draws it: a named point that links to the zone's page. */
export interface MapZone {
  id: string;
  name: string;
  lat: number;
  lng: number;
  href: string;
}

/** Today's provinces in the order the directory lists them: the city first, then by number of zones. */
const provinceOrder = ["Ho Chi Minh City", "Dong Nai", "Tay Ninh"];

export function zoneHref(locale: Locale, id: string): string {
  return `/${locale}/zones/${encodeURIComponent(id)}`;
}

export function mapZone(locale: Locale, zone: Zone): MapZone {
  return {
    id: zone.id,
    name: locale === "vi" ? zone.nameVi : zone.nameEn,
    lat: zone.lat,
    lng: zone.lng,
    href: zoneHref(locale, zone.id),
  };
}

export function zonesByProvince(locale: Locale, zones: Zone[]): { province: string; zones: Zone[] }[] {
  const collator = new Intl.Collator(intlLocale[locale]);
  const name = (zone: Zone) => (locale === "vi" ? zone.nameVi : zone.nameEn);
  const groups = new Map<string, Zone[]>();
  for (const zone of zones) groups.set(zone.province2025, [...(groups.get(zone.province2025) ?? []), zone]);
  const rank = (province: string) => {
    const index = provinceOrder.indexOf(province);
    return index === -1 ? provinceOrder.length : index;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([province, members]) => ({
      province,
      zones: members.sort((a, b) => collator.compare(name(a), name(b))),
    }));
}

/** The zones closest to a point, with their straight-line distance, nearest first. */
export function nearestZones(
  zones: Zone[],
  from: { lat: number; lng: number },
  count: number,
  except?: string,
): { zone: Zone; km: number }[] {
  return zones
    .filter((zone) => zone.id !== except)
    .map((zone) => ({ zone, km: distanceKm(from, zone) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, count);
}

/**
 * The hubs buyers measure a supplier's location against: the first export processing zone, the high-tech park,
 * the largest parks of the former Bình Dương and Đồng Nai, the port-side parks south of the city and at Cái Mép.
 * An editorial choice of well-known names, not a ranking.
 */
const majorZoneIds = [
  "kcx-tan-thuan",
  "kcnc-shtp",
  "kcn-vsip-1",
  "kcn-song-than-1",
  "kcn-amata",
  "kcn-hiep-phuoc",
  "kcn-phu-my-1",
];

/** Distances from a place to the major zones (and its own zone, first), nearest first. */
export function majorZoneDistances(
  zones: Zone[],
  place: { lat: number; lng: number; zoneId: string | null },
): { zone: Zone; km: number }[] {
  const ids = new Set([...(place.zoneId ? [place.zoneId] : []), ...majorZoneIds]);
  return zones
    .filter((zone) => ids.has(zone.id))
    .map((zone) => ({ zone, km: zone.id === place.zoneId ? 0 : distanceKm(place, zone) }))
    .sort((a, b) => a.km - b.km);
}
