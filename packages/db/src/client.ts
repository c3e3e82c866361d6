import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";
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
    /** Called with every statement sent, transaction control included: tests count round trips with it. */
    onQuery?: (statement: string) => void;
    /**
     * Names the connections in `pg_stat_activity` (Postgres's `application_name`): an operator, or the digest
     * bench measuring the CPU of the worker's backends, tells the processes' connections apart by it.
     */
    applicationName?: string;
  } = {},
): DbHandle {
  const client = postgres(url, {
    max: options.maxConnections ?? 10,
    onnotice: () => {},
    connect_timeout: 5,
    connection: {
      ...(options.applicationName ? { application_name: options.applicationName } : {}),
      ...(options.synchronousCommit === false ? { synchronous_commit: "off" } : {}),
    },
    ...(options.onQuery
      ? { debug: (_connection: number, statement: string) => options.onQuery?.(statement) }
      : {}),
  });
  const db = drizzle({ client: preparingStatements(client), schema });
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

/**
 * Drizzle runs every query it did not name (`.prepare("name")`) as an unnamed statement, and postgres.js sends a
 * parameterised unnamed statement in two round trips (describe, then execute). Prepared, it is one round trip once
 * a connection has seen the statement: measured on this machine, 0.10 ms instead of 0.24 ms per query, and about
 * half of what a small write costs. postgres.js prepares its own tagged queries by default and retires connections
 * after 30-60 minutes, which bounds how many statements each one keeps. This view of the client prepares every
 * parameterised query, inside transactions and savepoints too.
 */
function preparingStatements<T extends Sql<Record<string, never>>>(client: T): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (query: string, parameters?: unknown[], options?: { prepare?: boolean }) =>
          target.unsafe(query, parameters as never, {
            ...options,
            prepare: parameters !== undefined && parameters.length > 0,
          });
      }
      if (property === "begin" || property === "savepoint") {
        const open = Reflect.get(target, property, receiver) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const body = args.at(-1) as (inner: T) => unknown;
          return open.apply(target, [...args.slice(0, -1), (inner: T) => body(preparingStatements(inner))]);
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
