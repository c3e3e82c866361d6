// Province names as the zones' reference data spells them (ASCII English), shown in the page's language. The
// domain's table (geo/provinces.ts) holds the official names ("Thành phố Hồ Chí Minh") and the aliases people
// type; a page's labels are the short forms people read ("TP. Hồ Chí Minh", "Ba Ria - Vung Tau").
import type { Locale } from "./i18n/locales";

const names: Record<string, Record<Locale, string>> = {
  "Ho Chi Minh City": { vi: "TP. Hồ Chí Minh", en: "Ho Chi Minh City" },
  HCMC: { vi: "TP. Hồ Chí Minh (cũ)", en: "Ho Chi Minh City (before 2025)" },
  "Binh Duong": { vi: "Bình Dương", en: "Binh Duong" },
  "Ba Ria-Vung Tau": { vi: "Bà Rịa - Vũng Tàu", en: "Ba Ria - Vung Tau" },
  "Dong Nai": { vi: "Đồng Nai", en: "Dong Nai" },
  "Binh Phuoc": { vi: "Bình Phước", en: "Binh Phuoc" },
  "Tay Ninh": { vi: "Tây Ninh", en: "Tay Ninh" },
  "Long An": { vi: "Long An", en: "Long An" },
};

/** The pre-2025 province that is the same place under its old borders: not worth a "formerly". */
const sameProvinceBefore2025: Record<string, string> = { HCMC: "Ho Chi Minh City" };

export function provinceName(locale: Locale, name: string): string {
  return names[name]?.[locale] ?? name;
}

/** The former province worth naming next to the current one ("formerly Bình Dương"), if any. */
export function formerProvinceWorthNaming(current: string, former: string | null): string | undefined {
  if (!former || former === current || sameProvinceBefore2025[former] === current) return undefined;
  return former;
}

/**
 * What to send as `province` to find exactly one former province. "HCMC" alone also names today's city (which
 * covers Bình Dương and Bà Rịa - Vũng Tàu since the merger), so the old city goes by its unambiguous alias.
 */
export function formerProvinceQuery(name: string): string {
  return name === "HCMC" ? "HCMC (former)" : name;
}
