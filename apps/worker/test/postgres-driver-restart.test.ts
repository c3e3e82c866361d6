// The driver (postgres 3.4.9, patched: patches/postgres@3.4.9.patch) across a PostgreSQL restart. Unpatched, a
// transaction whose backend dies mid-query crashes the process: the driver's own ROLLBACK is written from a
// setImmediate onto the closed socket (porsager/postgres #1208). Here every failure must reach the caller as a
// rejected promise, the process must live on, and the pool must work again once the server is back.

import { createDb, type DbHandle } from "@ketnoi/db";
import { type PrivatePostgres, startPrivatePostgres } from "@ketnoi/testing/postgres-server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";

let server: PrivatePostgres;
let database: DbHandle;
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);

beforeAll(async () => {
  server = await startPrivatePostgres();
  database = createDb(server.url, { maxConnections: 4 });
  process.on("uncaughtException", onUncaught);
});
afterAll(async () => {
  process.off("uncaughtException", onUncaught);
  await database?.close(1);
  await server?.destroy();
});

it("rejects a transaction whose server stops mid-query, without an uncaught error, and works after a restart", async () => {
  await database.ping();
  let inFlight = false;
  const transaction = database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(42)`);
    inFlight = true;
    await tx.execute(sql`select pg_sleep(5)`);
  });
  const settled = transaction.then(
    () => "committed",
    (error: unknown) => `rejected: ${(error as { cause?: { code?: string } }).cause?.code ?? String(error)}`,
  );
  while (!inFlight) await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, 100));
  await server.stop();
  expect(await settled).toMatch(/^rejected/);

  // While it is down, queries fail at once rather than hang.
  const started = performance.now();
  await expect(database.ping()).rejects.toThrow();
  await expect(database.db.transaction((tx) => tx.execute(sql`select 1`))).rejects.toThrow();
  expect(performance.now() - started).toBeLessThan(5000);

  await server.start();
  const back = performance.now();
  for (;;) {
    try {
      await database.db.transaction((tx) => tx.execute(sql`select 1`));
      break;
    } catch {
      expect(performance.now() - back).toBeLessThan(10_000);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  // Let any write the driver had scheduled run: unpatched, this is where the process would die.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(uncaught).toEqual([]);
});
