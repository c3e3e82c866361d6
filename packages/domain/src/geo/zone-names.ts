// Finding an industrial zone by what people call it: "VSIP", "vsip 1", "KCN Sóng Thần 2", "song than", with or
// without diacritics. The API reads "near <zone>" in search text with it; the web resolves a typed zone name.
import { foldToWords } from "../text/fold.js";

export interface NamedZone {
  id: string;
  nameVi: string;
  nameEn: string;
}

export interface ZoneNameIndex<Z extends NamedZone> {
  /**
   * The zone a phrase names: an exact match on a name or short form first, else the zone with the shortest name
   * that starts with the phrase as whole words.
   */
  findByName(phrase: string): Z | undefined;
  /** Every zone the phrase could mean, best first: exact names, then names starting with it, then containing it. */
  matching(phrase: string): Z[];
}

export function zoneNameIndex<Z extends NamedZone>(zones: readonly Z[]): ZoneNameIndex<Z> {
  const names: { folded: string; zone: Z }[] = [];
  for (const zone of zones) {
    const variants = new Set([
      foldToWords(zone.nameVi),
      foldToWords(zone.nameEn),
      foldToWords(zone.nameVi.replace(/^(khu công nghiệp|khu chế xuất|khu công nghệ cao)\s+/i, "")),
      foldToWords(
        zone.nameEn.replace(
          /\s+(industrial park|industrial zone|export processing zone|hi-tech park|high-tech park)$/i,
          "",
        ),
      ),
      foldToWords(zone.id.replace(/^(kcn|kcx|kcnc)-/, "")),
      // "Khu công nghiệp Việt Nam - Singapore (VSIP I)": the bracketed short name is what people say.
      ...[...zone.nameVi.matchAll(/\(([^)]+)\)/g)].map((m) => foldToWords(m[1] ?? "")),
    ]);
    for (const folded of variants) if (folded.length >= 3) names.push({ folded, zone });
  }
  // Longest first, so the most specific name wins when text is matched against all of them.
  names.sort((a, b) => b.folded.length - a.folded.length);

  // People prefix names with the kind, spelled out or not: "KCN Sóng Thần 2", "khu công nghiệp VSIP".
  const key = (phrase: string) =>
    foldToWords(phrase).replace(/^(kcn|kcx|kcnc|khu cn|khu cong nghiep|khu che xuat) (?=\S)/, "");
  const shortestFirst = (a: { folded: string; zone: Z }, b: { folded: string; zone: Z }) =>
    a.folded.length - b.folded.length || a.zone.id.localeCompare(b.zone.id);

  return {
    findByName(phrase) {
      const folded = key(phrase);
      if (!folded) return undefined;
      const exact = names.find((n) => n.folded === folded);
      if (exact) return exact.zone;
      // "vsip" names VSIP I, II, II-A and III alike: take the shortest name, then the first id, so it is stable.
      return names.filter((n) => n.folded.startsWith(`${folded} `)).sort(shortestFirst)[0]?.zone;
    },
    matching(phrase) {
      const folded = key(phrase);
      if (!folded) return [];
      const tiers = [
        names.filter((n) => n.folded === folded),
        names.filter((n) => n.folded.startsWith(`${folded} `)).sort(shortestFirst),
        names.filter((n) => ` ${n.folded} `.includes(` ${folded} `)).sort(shortestFirst),
      ];
      return [...new Set(tiers.flat().map((n) => n.zone))];
    },
  };
}
