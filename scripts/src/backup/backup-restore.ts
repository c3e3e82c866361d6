// Backups that restore. Postgres is the truth: a backup is a pg_dump of it (custom format, compressed). The
// Meilisearch indexes are derived, so a restore rebuilds them from the restored database instead of restoring
// them: suppliers in bulk (reindexSuppliers), open requests through the outbox sync.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { createDb, ensureDatabase, schema, searchOutboxRepository } from "@ketnoi/db";
import { requestIndexName, type SearchHandle, supplierIndexName } from "@ketnoi/search";
import { reindexSuppliers, syncRequestIndex } from "@ketnoi/worker";
import postgres from "postgres";

const run = promisify(execFile);

/** Writes the database at `databaseUrl` to `file` (pg_dump custom format). */
export async function backupDatabase(databaseUrl: string, file: string): Promise<void> {
  await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", file, databaseUrl], {
    maxBuffer: 16 * 1024 * 1024,
  });
}

export class RestoreRefused extends Error {}

/**
 * Restores `file` into the database at `databaseUrl` (created if missing), then rebuilds the search indexes of
 * `namespace` from it. Refuses a database that already has tables: a restore never mixes with other data.
 */
export async function restoreDatabase(input: {
  databaseUrl: string;
  file: string;
  search: SearchHandle;
  namespace: string;
}): Promise<{ suppliersIndexed: number; requestsIndexed: number }> {
  await ensureDatabase(input.databaseUrl);
  const sql = postgres(input.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ tables: number }[]>`
      select count(*)::int as tables from information_schema.tables
      where table_schema not in ('pg_catalog', 'information_schema')`;
    if ((row?.tables ?? 0) > 0)
      throw new RestoreRefused(
        `the target database is not empty (${row?.tables} tables): restore into a new one`,
      );
  } finally {
    await sql.end();
  }
  await run(
    "pg_restore",
    ["--no-owner", "--no-privileges", "--exit-on-error", "--dbname", input.databaseUrl, input.file],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  );

  const database = createDb(input.databaseUrl, { maxConnections: 2 });
  try {
    const now = () => new Date();
    const suppliers = await reindexSuppliers({
      db: database.db,
      search: input.search,
      indexName: supplierIndexName(input.namespace),
      now,
    });
    // Every request goes through the outbox once: open ones are written, the rest kept out of the index.
    const requestIds = (
      await database.db.select({ id: schema.sourcingRequests.id }).from(schema.sourcingRequests)
    ).map((r) => r.id);
    await database.db.transaction((tx) => searchOutboxRepository.queueSearchSync(tx, "request", requestIds));
    const requests = await syncRequestIndex({
      db: database.db,
      search: input.search,
      indexName: requestIndexName(input.namespace),
      now,
    });
    return { suppliersIndexed: suppliers.indexed, requestsIndexed: requests.synced };
  } finally {
    await database.close();
  }
}
