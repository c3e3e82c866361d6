// Deletes history a batch per statement, so a backlog never becomes one long lock.
import { inArray, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../client.js";

/** Deletes the rows of `table` that `where` selects, `batchSize` per statement; returns how many. */
export async function deleteInBatches(
  db: Database,
  table: PgTable,
  id: PgColumn,
  where: SQL,
  batchSize: number,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const rows = await db
      .delete(table)
      .where(inArray(id, db.select({ id }).from(table).where(where).limit(batchSize)))
      .returning({ id });
    deleted += rows.length;
    if (rows.length < batchSize) return deleted;
  }
}
