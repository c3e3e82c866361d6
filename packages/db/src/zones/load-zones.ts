// Loads the shipped industrial-zone reference CSV into `zones`. Re-running it is the way to ship corrections, so
// the load is an upsert by id and a bad file is rejected whole before anything is written.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { foldToWords } from "@ketnoi/domain";
import { parse } from "csv-parse/sync";
import { getTableColumns, sql } from "drizzle-orm";
import type { Database } from "../client.js";
import { zones } from "../schema/zones.js";
import type { Zone } from "./zone-repository.js";

/** The CSV shipped with this package; `../../` reaches the package root from both src/zones/ and dist/zones/. */
export const zonesCsvPath = fileURLToPath(
  new URL("../../reference-data/industrial-zones.csv", import.meta.url),
);

/** One validated CSV row, in the table's column names; empty cells are null. */
export type ZoneRow = Omit<Zone, "updatedAt">;

export interface ZonesCsvProblem {
  /** 1-based data row (the header is not counted). */
  row: number;
  /** Line in the file where the row ends; differs from row + 1 only after multi-line quoted cells. */
  line: number;
  id: string | null;
  problems: string[];
}

export class ZonesCsvError extends Error {
  constructor(readonly rows: ZonesCsvProblem[]) {
    super(
      `Invalid zones CSV:\n${rows
        .map((r) => `  - row ${r.row} (line ${r.line}${r.id ? `, ${r.id}` : ""}): ${r.problems.join("; ")}`)
        .join("\n")}`,
    );
    this.name = "ZonesCsvError";
  }
}

export const zonesCsvColumns = [
  "id",
  "name_vi",
  "name_en",
  "kind",
  "former_province",
  "province_2025",
  "former_district",
  "lat",
  "lng",
  "area_ha",
  "operator",
  "main_industries",
  "source_url",
  "coord_quality",
  "status",
  "notes",
] as const;
type ZonesCsvColumn = (typeof zonesCsvColumns)[number];

// Vietnam's bounding box, generously rounded: catches swapped lat/lng and dropped decimal points, not 5 km errors.
const latRange = { min: 8, max: 24 };
const lngRange = { min: 102, max: 110 };
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Parses and validates the zones CSV. Pure; throws a ZonesCsvError naming every bad row and what is wrong with it,
 * so one run shows all the fixes a file needs.
 */
export function parseZonesCsv(text: string): ZoneRow[] {
  const header = parse(text, { bom: true, to_line: 1 })[0] ?? [];
  const missing = zonesCsvColumns.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new ZonesCsvError([
      { row: 0, line: 1, id: null, problems: [`missing column(s) ${missing.join(", ")}`] },
    ]);
  }

  const records = parse<{ record: Record<string, string>; info: { lines: number } }>(text, {
    bom: true,
    columns: true,
    info: true,
    skip_empty_lines: true,
  });
  if (records.length === 0) throw new ZonesCsvError([{ row: 0, line: 1, id: null, problems: ["no zones"] }]);

  const rows: ZoneRow[] = [];
  const bad: ZonesCsvProblem[] = [];
  const seen = new Set<string>();
  records.forEach(({ record, info }, index) => {
    const result = readZoneRow(record);
    const problems = Array.isArray(result) ? result : [];
    const id = Array.isArray(result) ? cell(record, "id") : result.id;
    // Two rows with one id would make the single upsert statement fail ("cannot affect row a second time").
    if (id !== null && seen.has(id)) problems.push(`duplicate id ${id}`);
    if (id !== null) seen.add(id);
    if (problems.length > 0) bad.push({ row: index + 1, line: info.lines, id, problems });
    else if (!Array.isArray(result)) rows.push(result);
  });
  if (bad.length > 0) throw new ZonesCsvError(bad);
  return rows;
}

function cell(record: Record<string, string>, column: ZonesCsvColumn): string | null {
  const value = record[column]?.trim() ?? "";
  return value === "" ? null : value;
}

/** The row, or the list of what is wrong with it. */
function readZoneRow(record: Record<string, string>): ZoneRow | string[] {
  const problems: string[] = [];

  const required = (column: ZonesCsvColumn): string => {
    const value = cell(record, column);
    if (value === null) problems.push(`${column} is required`);
    return value ?? "";
  };
  const number = (column: ZonesCsvColumn, range: { min: number; max: number }): number | null => {
    const raw = cell(record, column);
    if (raw === null) return null;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < range.min || value > range.max) {
      problems.push(`${column} must be a number between ${range.min} and ${range.max} (got "${raw}")`);
      return null;
    }
    return value;
  };
  const requiredNumber = (column: ZonesCsvColumn, range: { min: number; max: number }): number => {
    if (cell(record, column) === null) problems.push(`${column} is required`);
    return number(column, range) ?? Number.NaN;
  };
  const oneOf = <T extends string>(column: ZonesCsvColumn, allowed: readonly T[]): T => {
    const value = required(column);
    if (value !== "" && !allowed.includes(value as T)) {
      problems.push(`${column} must be one of ${allowed.join(", ")} (got "${value}")`);
    }
    return value as T;
  };

  const id = required("id");
  if (id !== "" && !slug.test(id)) problems.push(`id must be a lowercase ASCII slug (got "${id}")`);
  const sourceUrl = cell(record, "source_url");
  if (sourceUrl !== null && !/^https?:\/\//.test(sourceUrl)) {
    problems.push(`source_url must be an http(s) URL (got "${sourceUrl}")`);
  }

  const row: ZoneRow = {
    id,
    nameVi: required("name_vi"),
    nameEn: required("name_en"),
    kind: oneOf("kind", zones.kind.enumValues),
    formerProvince: required("former_province"),
    province2025: required("province_2025"),
    formerDistrict: cell(record, "former_district"),
    lat: requiredNumber("lat", latRange),
    lng: requiredNumber("lng", lngRange),
    areaHa: number("area_ha", { min: 0, max: 100_000 }),
    operator: cell(record, "operator"),
    mainIndustries: cell(record, "main_industries"),
    sourceUrl,
    coordQuality: oneOf("coord_quality", zones.coordQuality.enumValues),
    status: oneOf("status", zones.status.enumValues),
    notes: cell(record, "notes"),
  };
  return problems.length > 0 ? problems : row;
}

/** What zone name search matches against: names, the district people still use, and the id's words ("vsip"). */
export function zoneSearchKey(row: Pick<ZoneRow, "id" | "nameVi" | "nameEn" | "formerDistrict">): string {
  return foldToWords([row.nameVi, row.nameEn, row.formerDistrict ?? "", row.id.replace(/-/g, " ")].join(" "));
}

/**
 * Upserts every zone in the CSV in one transaction, so readers never see half a load. Zones that are no longer in
 * the CSV are left in place: suppliers may reference them, and removing one is a decision, not a side effect.
 */
export async function loadZones(
  db: Database,
  csvPath: string = zonesCsvPath,
): Promise<{ inserted: number; updated: number }> {
  const rows = parseZonesCsv(await readFile(csvPath, "utf8"));
  const values = rows.map((row) => ({ ...row, searchKey: zoneSearchKey(row) }));
  const { id: _id, updatedAt: _updatedAt, ...updatable } = getTableColumns(zones);
  const result = await db.transaction(async (tx) =>
    tx
      .insert(zones)
      .values(values)
      .onConflictDoUpdate({
        target: zones.id,
        set: {
          ...Object.fromEntries(
            Object.entries(updatable).map(([key, column]) => [key, sql.raw(`excluded.${column.name}`)]),
          ),
          updatedAt: sql`now()`,
        },
      })
      // xmax is 0 only on a row version created by an insert; a conflict update stamps it with its own xid.
      .returning({ inserted: sql<boolean>`(xmax = 0)` }),
  );
  const inserted = result.filter((r) => r.inserted).length;
  return { inserted, updated: result.length - inserted };
}
