import { foldToWords } from "../text/fold.js";
import { type Province, provinces } from "./provinces.js";

/** Which reference-data province names a query covers: zones match when either of their provinces is listed. */
export interface ProvinceMatch {
  /** Values of zones.province_2025 that match. */
  current: string[];
  /** Values of zones.former_province that match. */
  former: string[];
}

const prefixes = ["thanh pho ", "tinh ", "tp ", "province of ", "city of "];

function key(text: string): string {
  let folded = foldToWords(text);
  for (const prefix of prefixes) {
    if (folded.startsWith(prefix) && folded.length > prefix.length) folded = folded.slice(prefix.length);
  }
  return folded.replace(/ province$/, "").replace(/ /g, "");
}

const byKey = new Map<string, Province[]>();
for (const province of provinces) {
  for (const name of [province.name, province.nameVi, ...province.aliases]) {
    const k = key(name);
    const list = byKey.get(k) ?? [];
    if (!list.includes(province)) list.push(province);
    byKey.set(k, list);
  }
}

/**
 * Resolves what a person typed ("Bình Dương", "binh duong", "TP.HCM", "Ho Chi Minh City") to the province names
 * used in the data. A current province covers the former ones merged into it; a former one covers only its own
 * zones. Returns undefined for a name we do not know.
 */
export function resolveProvince(query: string): ProvinceMatch | undefined {
  const found = byKey.get(key(query));
  if (!found) return undefined;
  const current = new Set<string>();
  const former = new Set<string>();
  for (const province of found) {
    if (province.era === "former") former.add(province.name);
    else {
      current.add(province.name);
      if (province.era === "both") former.add(province.name);
    }
  }
  return { current: [...current], former: [...former] };
}

/**
 * The province pair to store for a place someone described by province name: a former province also tells us
 * the 2025 one it merged into; a current name tells us only the 2025 province (and the former one when the name
 * survived the merger).
 */
export function provincePairOf(
  query: string,
): { province2025: string; formerProvince: string | null } | undefined {
  const found = byKey.get(key(query));
  const province = found?.find((p) => p.era !== "former") ?? found?.[0];
  if (!province) return undefined;
  if (province.era === "former")
    return { province2025: province.mergedInto ?? province.name, formerProvince: province.name };
  return { province2025: province.name, formerProvince: province.era === "both" ? province.name : null };
}
