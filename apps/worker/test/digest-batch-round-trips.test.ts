// A batch send job's database round trips do not grow with its recipients one for one: one read of the ledger,
// four activity queries for the whole batch, one statement for the rows with nothing to send, and one
// transaction (begin, lock, mark sent, commit) per send wave, whatever the recipients have to say; the wave's
// transaction takes two round trips, `begin` leaving with the lock and `commit` with the marks.
import { createDb, type DbHandle, digestLedger } from "@ketnoi/db";
import { digestPeriod } from "@ketnoi/domain";
import { createTestDatabase, type SmtpCapture, startSmtpCapture, uniqueName } from "@ketnoi/testing";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningWorker, startWorker } from "../src/index.js";
import { digestWaveSize, sendWeeklyDigestBatch } from "../src/jobs/send-weekly-digest-batch.js";
import { type DigestMarketplace, seedDigestMarketplace } from "./digest-fixtures.js";
import { digestWorkerConfig, ledgerCounts } from "./digest-harness.js";
import { deleteRedisKeys } from "./job-harness.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let counted: DbHandle;
let smtp: SmtpCapture;
let worker: RunningWorker;
let market: DigestMarketplace;
const statements: string[] = [];
/**
 * The statements of each write to Postgres: postgres.js sends what was queued during one turn of the event loop
 * in one write (on `setImmediate`), so statements logged before the next immediate share a round trip.
 */
const writes: string[][] = [];
let writeOpen = false;
const prefix = uniqueName("digest_round_trips");

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 4 });
  counted = createDb(database.url, {
    // One connection: it has prepared the wave's statements after the first wave, as a busy worker's pool has.
    maxConnections: 1,
    // Not the catalogue lookup postgres.js makes once per new connection.
    onQuery: (statement) => {
      if (statement.includes("pg_catalog.")) return;
      statements.push(statement);
      if (!writeOpen) {
        writeOpen = true;
        writes.push([]);
        setImmediate(() => {
          writeOpen = false;
        });
      }
      writes.at(-1)?.push(statement.trim().split(/\s+/)[0]?.toLowerCase() ?? "");
    },
  });
  smtp = await startSmtpCapture();
  market = await seedDigestMarketplace(handle.db, {
    buyers: 40,
    quietBuyers: 10,
    suppliers: 40,
    matchesPerRequest: 3,
  });
  worker = await startWorker(digestWorkerConfig(database.url, smtp.url), pino({ level: "silent" }), {
    prefix,
    schedules: false,
    ensureSearchIndex: false,
  });
}, 60_000);

afterAll(async () => {
  await worker?.stop();
  await deleteRedisKeys(prefix);
  await smtp?.close();
  await counted?.close();
  await handle?.close();
  await database?.drop();
});

describe("a batch of weekly digests", () => {
  it("costs one transaction per send wave and a fixed handful of statements besides", async () => {
    const at = new Date();
    const { weekKey } = digestPeriod(at, "Asia/Ho_Chi_Minh");
    const people = [...market.buyers, ...market.quietBuyers, ...market.suppliers];
    const userIds = people.map((person) => person.userId);
    await handle.db.transaction((tx) =>
      digestLedger.planDigests(tx, {
        weekKey,
        windowEnd: at,
        firstWindowStart: new Date(at.getTime() - 7 * 24 * 3_600_000),
        userIds,
      }),
    );

    statements.length = 0;
    writes.length = 0;
    const result = await sendWeeklyDigestBatch({ weekKey, userIds }, { ...worker.context, db: counted.db });

    expect(result).toMatchObject({
      sent: market.withNews.size,
      skipped: market.quietBuyers.length,
      failed: 0,
    });
    expect(smtp.messages).toHaveLength(market.withNews.size);
    expect(await ledgerCounts(handle.db, weekKey)).toEqual({
      sent: market.withNews.size,
      skipped: market.quietBuyers.length,
    });
    const waves = Math.ceil(market.withNews.size / digestWaveSize(worker.context.sendSlots.size));
    // Ledger read, four activity queries, the skips; then begin, lock, mark sent and commit per wave.
    expect(statements.length).toBeLessThanOrEqual(1 + 4 + 1 + 4 * waves);
    expect(statements.filter((s) => /^\s*begin/i.test(s))).toHaveLength(waves);
    // Two round trips per wave once the connection knows the statements: begin with the lock, the marks with
    // commit. (The first wave describes the statements first.)
    const waveWrites = writes.filter((write) => write.includes("begin") || write.includes("update"));
    expect(waveWrites.slice(-2 * (waves - 1))).toEqual(
      Array.from({ length: waves - 1 }, () => [
        ["begin", "select"],
        ["update", "commit"],
      ]).flat(),
    );
  }, 60_000);
});
