// What the new and edit pages give the request form: the certifications to pick from, the names of the
// categories already chosen and the zones of the delivery map.
import { getCategory } from "@ketnoi/domain/taxonomy";
import type { CategoryChoice } from "../app/actions/request-actions";
import { referenceData } from "./directory";
import type { Locale } from "./i18n/locales";
import { type MapZone, mapZone } from "./zones";

export function categoryChoices(codes: readonly string[]): CategoryChoice[] {
  return codes.flatMap((code) => {
    const category = getCategory(code);
    return category ? [{ code, nameVi: category.nameVi, nameEn: category.nameEn }] : [];
  });
}

/** The zones to pick the delivery zone from on the map (none when the directory is unreachable: the name still works). */
export async function deliveryMapZones(locale: Locale): Promise<MapZone[]> {
  const reference = await referenceData();
  return (reference?.zones ?? []).map((zone) => mapZone(locale, zone));
}
