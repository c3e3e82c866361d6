import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { testRun } from "./run-environment.js";

export function databaseUrlFor(maintenanceUrl: string, database: string): string {
  const url = new URL(maintenanceUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * A fresh database cloned from the run's migrated template (a file-level copy: milliseconds, not a migration run).
 * Returns its URL and a function that drops it.
 */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const run = testRun();
  const name = `${run.databasePrefix}${randomBytes(4).toString("hex")}`;
  const sql = postgres(run.maintenanceDatabaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`create database ${quote(name)} template ${quote(run.templateDatabase)}`);
  } finally {
    await sql.end();
  }
  return {
    url: databaseUrlFor(run.maintenanceDatabaseUrl, name),
    drop: async () => {
      const admin = postgres(run.maintenanceDatabaseUrl, { max: 1, onnotice: () => {} });
      try {
        await admin.unsafe(`drop database if exists ${quote(name)} with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}

export async function dropDatabasesWithPrefix(maintenanceUrl: string, prefix: string): Promise<void> {
  const sql = postgres(maintenanceUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ datname: string }[]>`
      select datname from pg_database where starts_with(datname, ${prefix})`;
    for (const { datname } of rows)
      await sql.unsafe(`drop database if exists ${quote(datname)} with (force)`);
  } finally {
    await sql.end();
  }
}

/** A short unique name for Redis prefixes and Meilisearch index names inside this run. */
export function uniqueName(label: string): string {
  return `${testRun().runId}_${label}_${randomBytes(3).toString("hex")}`;
}
