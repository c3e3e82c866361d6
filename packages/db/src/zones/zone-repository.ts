// Reads of the industrial-zone reference data: listing with name search and province/kind/status filters.
import type { ProvinceMatch } from "@ketnoi/domain";
import { foldToWords } from "@ketnoi/domain";
import { and, asc, count, eq, getTableColumns, inArray, like, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../client.js";
import { zones } from "../schema/zones.js";

/** A zone as callers see it; the search key is an implementation detail of name search. */
export type Zone = Omit<typeof zones.$inferSelect, "searchKey">;
export type ZoneKind = Zone["kind"];
export type ZoneStatus = Zone["status"];

export interface ZoneFilter {
  /** Free text matched against names, former district and id, with or without diacritics. */
  q?: string;
  /** From resolveProvince(): a zone matches on its 2025 province or on its former one. */
  province?: ProvinceMatch;
  kind?: ZoneKind;
  status?: ZoneStatus;
  limit: number;
  offset: number;
}

const { searchKey: _searchKey, ...zoneColumns } = getTableColumns(zones);

export async function listZones(db: Executor, filter: ZoneFilter): Promise<{ items: Zone[]; total: number }> {
  const where = and(...zoneConditions(filter));
  const [items, totals] = await Promise.all([
    db
      .select(zoneColumns)
      .from(zones)
      .where(where)
      .orderBy(asc(zones.nameVi), asc(zones.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(zones).where(where),
  ]);
  return { items, total: totals[0]?.total ?? 0 };
}

export async function getZone(db: Executor, id: string): Promise<Zone | undefined> {
  const rows = await db.select(zoneColumns).from(zones).where(eq(zones.id, id)).limit(1);
  return rows[0];
}

function zoneConditions(filter: ZoneFilter): SQL[] {
  const conditions: SQL[] = [];
  // Every word must appear somewhere, in any order: "song than kcn" and "KCN Sóng Thần" find the same zones.
  const words = foldToWords(filter.q ?? "")
    .split(" ")
    .filter((word) => word !== "");
  for (const word of words) conditions.push(like(zones.searchKey, `%${escapeLike(word)}%`));

  if (filter.province) {
    const { current, former } = filter.province;
    const either = [
      current.length > 0 ? inArray(zones.province2025, current) : undefined,
      former.length > 0 ? inArray(zones.formerProvince, former) : undefined,
    ];
    // A match that names no province at all matches no zone, rather than silently dropping the filter.
    conditions.push(or(...either) ?? sql`false`);
  }
  if (filter.kind) conditions.push(eq(zones.kind, filter.kind));
  if (filter.status) conditions.push(eq(zones.status, filter.status));
  return conditions;
}

// foldToWords already strips punctuation, but the pattern must stay literal if folding ever keeps `%` or `_`.
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
