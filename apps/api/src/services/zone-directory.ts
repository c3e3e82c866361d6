// The industrial zones, held in memory: 121 rows of reference data that supplier writes and search consult on
// every request. Reloaded only with the process (zones change with `pnpm zones:load`, not at run time).
import { type Database, listZones, type Zone } from "@ketnoi/db";
import { foldToWords } from "@ketnoi/domain";

export class ZoneDirectory {
  private readonly byId: Map<string, Zone>;
  /** Folded names and their common short forms ("vsip 1", "song than 2"), longest first for text matching. */
  private readonly names: { folded: string; zone: Zone }[];

  constructor(zones: Zone[]) {
    this.byId = new Map(zones.map((zone) => [zone.id, zone]));
    const names: { folded: string; zone: Zone }[] = [];
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
    this.names = names.sort((a, b) => b.folded.length - a.folded.length);
  }

  static async load(db: Database): Promise<ZoneDirectory> {
    const { items } = await listZones(db, { limit: 10_000, offset: 0 });
    return new ZoneDirectory(items);
  }

  get(id: string): Zone | undefined {
    return this.byId.get(id);
  }

  /**
   * The zone a phrase names ("VSIP", "vsip 1", "KCN Sóng Thần 2", "song than"): an exact match on a name or
   * short form first, else the zone with the shortest name that starts with the phrase as whole words.
   */
  findByName(phrase: string): Zone | undefined {
    // People prefix names with the kind, spelled out or not: "KCN Sóng Thần 2", "khu công nghiệp VSIP".
    const folded = foldToWords(phrase).replace(
      /^(kcn|kcx|kcnc|khu cn|khu cong nghiep|khu che xuat) (?=\S)/,
      "",
    );
    if (!folded) return undefined;
    const exact = this.names.find((n) => n.folded === folded);
    if (exact) return exact.zone;
    // "vsip" names VSIP I, II, II-A and III alike: take the shortest name, then the first id, so it is stable.
    const prefixed = this.names
      .filter((n) => n.folded.startsWith(`${folded} `))
      .sort((a, b) => a.folded.length - b.folded.length || a.zone.id.localeCompare(b.zone.id));
    return prefixed[0]?.zone;
  }
}
