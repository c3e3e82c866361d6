// The units quantities are counted in (capacities, MOQs, requested volumes), the words people write for them in
// Vietnamese and English, and which units count the same thing so that their quantities compare.
import { foldToWords } from "../text/fold.js";

export const quantityUnits = [
  "pieces",
  "sets",
  "pairs",
  "kg",
  "tonnes",
  "m",
  "m2",
  "m3",
  "litres",
  "cartons",
  "rolls",
  "sheets",
] as const;
export type QuantityUnit = (typeof quantityUnits)[number];

const unitAliases: Record<QuantityUnit, readonly string[]> = {
  pieces: ["pieces", "piece", "pcs", "pc", "units", "unit", "cái", "chiếc", "sản phẩm", "sp", "con"],
  sets: ["sets", "set", "bộ"],
  pairs: ["pairs", "pair", "đôi"],
  kg: ["kg", "kgs", "kilogram", "kilograms", "kilo", "ký"],
  tonnes: ["tonnes", "tonne", "tons", "ton", "tấn", "mt"],
  m: ["m", "mét", "met", "metre", "metres", "meter", "meters"],
  m2: ["m2", "m²", "mét vuông", "sqm", "square metres", "square meters"],
  m3: ["m3", "m³", "mét khối", "khối", "cbm", "cubic metres", "cubic meters"],
  litres: ["litres", "litre", "liters", "liter", "lít", "l"],
  cartons: ["cartons", "carton", "thùng", "ctn", "ctns"],
  rolls: ["rolls", "roll", "cuộn"],
  sheets: ["sheets", "sheet", "tấm", "tờ"],
};
const unitIndex = new Map<string, QuantityUnit>();
for (const [unit, aliases] of Object.entries(unitAliases) as [QuantityUnit, readonly string[]][]) {
  for (const alias of aliases) unitIndex.set(foldToWords(alias), unit);
}

/** The unit a word names ("cái", "Tấn", "m²", "bộ/tháng"), or undefined when it names none we know. */
export function parseQuantityUnit(text: string): QuantityUnit | undefined {
  const key = foldToWords(text.replace(/^\/|\/\s*(tháng|month)$/i, ""));
  return unitIndex.get(key) ?? unitIndex.get(key.replace(/ (thang|month)$/, ""));
}

/** A carton maker counts its output in pieces, a buyer of cartons in cartons: the same thing counted. */
const countedAlike: Readonly<Partial<Record<QuantityUnit, QuantityUnit>>> = { cartons: "pieces" };

/**
 * What a quantity written in `unit` is counted in: two quantities compare when their counting units are equal.
 * Units we do not know are compared as written, ignoring case and surrounding spaces.
 */
export function countingUnitOf(unit: string): string {
  const code = parseQuantityUnit(unit);
  if (code === undefined) return unit.trim().toLowerCase();
  return countedAlike[code] ?? code;
}

// Named as on a Vietnamese order form, and as an English buyer writes them.
const unitNames: Readonly<Record<QuantityUnit, Record<"vi" | "en", string>>> = {
  pieces: { vi: "cái", en: "pcs" },
  sets: { vi: "bộ", en: "sets" },
  pairs: { vi: "đôi", en: "pairs" },
  kg: { vi: "kg", en: "kg" },
  tonnes: { vi: "tấn", en: "tonnes" },
  m: { vi: "m", en: "m" },
  m2: { vi: "m²", en: "m²" },
  m3: { vi: "m³", en: "m³" },
  litres: { vi: "lít", en: "litres" },
  cartons: { vi: "thùng", en: "cartons" },
  rolls: { vi: "cuộn", en: "rolls" },
  sheets: { vi: "tấm", en: "sheets" },
};

/** A quantity unit as the reader says it ("cái", "pcs"); unknown units are shown as written. */
export function quantityUnitName(unit: string, lang: "vi" | "en"): string {
  const code = parseQuantityUnit(unit);
  return code ? unitNames[code][lang] : unit;
}
