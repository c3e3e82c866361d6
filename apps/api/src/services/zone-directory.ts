// The industrial zones, held in memory: 121 rows of reference data that supplier writes and search consult on
// every request. Reloaded only with the process (zones change with `pnpm zones:load`, not at run time).
import { type Database, listZones, type Zone } from "@ketnoi/db";
import { type ZoneNameIndex, zoneNameIndex } from "@ketnoi/domain";

export class ZoneDirectory {
  private readonly byId: Map<string, Zone>;
  private readonly names: ZoneNameIndex<Zone>;

  constructor(zones: Zone[]) {
    this.byId = new Map(zones.map((zone) => [zone.id, zone]));
    this.names = zoneNameIndex(zones);
  }

  static async load(db: Database): Promise<ZoneDirectory> {
    const { items } = await listZones(db, { limit: 10_000, offset: 0 });
    return new ZoneDirectory(items);
  }

  get(id: string): Zone | undefined {
    return this.byId.get(id);
  }

  /** The zone a phrase names ("VSIP", "vsip 1", "KCN Sóng Thần 2", "song than"): see zoneNameIndex. */
  findByName(phrase: string): Zone | undefined {
    return this.names.findByName(phrase);
  }
}
