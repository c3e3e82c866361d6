import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema/index.js";

export type Database = ReturnType<typeof drizzle<typeof schema>>;
/**
 * An open transaction. Repository functions that write take one, never the pool: a use case's writes (and the
 * outbox rows they queue) then commit together or not at all, and the type makes the caller open it.
 */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/**
 * A database handle or an open transaction: functions that only read accept either. (Functions that take the
 * `Database` itself commit on their own: in batches, so a backlog never holds one long lock, or in one transaction
 * they open.)
 */
export type Executor = Database | Transaction;

export interface DbHandle {
  db: Database;
  /** Closes the pool; waits up to `timeoutSeconds` for running queries. */
  close(timeoutSeconds?: number): Promise<void>;
  /** Round-trips a trivial query; for readiness checks. */
  ping(): Promise<void>;
}

export function createDb(
  url: string,
  options: {
    maxConnections?: number;
    /**
     * false: commits on these connections return before the log reaches the disk. They are visible to every other
     * session at once, but a database crash can lose the last fraction of a second of them. Only for bookkeeping
     * whose loss costs little (idempotency keys); the default waits, as durability needs.
     */
    synchronousCommit?: boolean;
  } = {},
): DbHandle {
  const client = postgres(url, {
    max: options.maxConnections ?? 10,
    onnotice: () => {},
    connect_timeout: 5,
    ...(options.synchronousCommit === false ? { connection: { synchronous_commit: "off" } } : {}),
  });
  const db = drizzle({ client, schema });
  return {
    db,
    close: (timeoutSeconds = 5) => client.end({ timeout: timeoutSeconds }),
    ping: async () => {
      await client`select 1`;
    },
  };
}

/**
 * Takes a transaction-scoped advisory lock, waiting while another transaction holds it; released when the
 * transaction ends. Used where two concurrent runs of a job could write older state last.
 */
export async function takeTransactionLock(tx: Transaction, key: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${key})`);
}
