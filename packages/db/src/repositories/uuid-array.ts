// Lists of ids as one parameter. An `in ($1, $2, …)` list is a different statement for every length, so a query
// sent with a few hundred ids of varying count is prepared anew nearly every time (one more round trip to
// describe it, one more statement kept per connection); `= any($1::uuid[])` is one statement for any count.
import { type AnyColumn, type SQL, sql } from "drizzle-orm";

/** `ids` as a single `uuid[]` parameter (ids are UUIDs, so the array literal needs no quoting). */
export function uuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(",")}}`}::uuid[]`;
}

/** In SQL: `column` is one of `ids`. */
export function isAnyOf(column: AnyColumn | SQL, ids: readonly string[]): SQL {
  return sql`${column} = any(${uuidArray(ids)})`;
}
