// A request's matches do not wait for the search index: the routes that make a request matchable write its match
// job to the job outbox with the change and queue it right after the commit, so the buyer reads matches while the
// search sync is stuck, and a match job whose queueing failed (Redis died at the commit) is handed over by the
// outbox's drain once Redis is back, once. The worker runs in-process against a private Redis this test stops.
import { jobOutboxRepository, schema, searchOutboxRepository, takeTransactionLock } from "@ketnoi/db";
import { lockTableForWrites, type PrivateRedis, startPrivateRedis } from "@ketnoi/testing";
import { searchDrainLockKeys } from "@ketnoi/worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { mouldingRequestBody, mouldingSupplier, type SupplierAccount } from "../helpers/marketplace.js";
import { platformAdmin } from "../helpers/onboarding.js";
import { createRequest, matchingDone, patchRequest, postRequest } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let redis: PrivateRedis;
let t: TestApp;
let buyer: RegisteredAccount;
let moulder: SupplierAccount;

beforeAll(async () => {
  redis = await startPrivateRedis();
  t = await createTestApp({ withWorker: true, redisUrl: redis.url });
  buyer = await verifiedSupplier(t, ["buyer"]);
  moulder = await mouldingSupplier(t, "Công ty TNHH Nhựa Chờ Chỉ Mục");
  await t.searchSynced(30_000);
}, 90_000);
afterAll(async () => {
  await t.close();
  await redis.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The suppliers the buyer reads as matches of the request's current version. */
async function readableMatches(requestId: string, version: number): Promise<string[]> {
  const response = await t.app.inject({
    method: "GET",
    url: `/v1/requests/${requestId}/matches`,
    headers: bearer(buyer.accessToken),
  });
  expect(response.statusCode, response.body).toBe(200);
  const items = response.json().items as { supplier: { id: string }; requestVersion: number }[];
  expect(items.every((item) => item.requestVersion === version)).toBe(true);
  return items.map((item) => item.supplier.id);
}

/** Whether the request's latest change is still waiting for the search index. */
async function notYetIndexed(requestId: string): Promise<boolean> {
  const pending = await searchOutboxRepository.pendingSearchSync(t.deps.database.db, "request", 1000);
  return pending.some((row) => row.entityId === requestId);
}

describe("matches readable while the search index lags", () => {
  it("matches a published, edited and re-shown request while no search sync runs", async () => {
    // Paused: every sync kicked from now on waits in the queue, as behind a Meilisearch that stopped answering.
    const search = t.deps.jobs.queue("search-sync");
    await search.pause();
    try {
      const request = await createRequest(t, buyer, mouldingRequestBody());
      await matchingDone(t, `match-${request.id}-v1`);
      expect(await readableMatches(request.id, 1)).toEqual([moulder.profileId]);

      const edited = await patchRequest(t, buyer, request.id, { description: "Vỏ hộp điện, màu xám" });
      expect(edited.statusCode, edited.body).toBe(200);
      await matchingDone(t, `match-${request.id}-v2`);
      expect(await readableMatches(request.id, 2)).toEqual([moulder.profileId]);

      // Hidden by an admin, then shown again: the version moved twice, and the shown one is matched again.
      const admin = await platformAdmin(t);
      for (const action of ["hide", "show"] as const) {
        const moderated = await t.app.inject({
          method: "POST",
          url: `/v1/admin/requests/${request.id}/moderation`,
          headers: bearer(admin.accessToken),
          payload: { action, reason: "Kiểm tra nội dung yêu cầu" },
        });
        expect(moderated.statusCode, moderated.body).toBe(200);
      }
      expect(await matchingDone(t, `match-${request.id}-v4`)).toMatchObject({ matches: 1 });
      expect(await readableMatches(request.id, 4)).toEqual([moulder.profileId]);
      // The hidden version queued no matching: suppliers may not see it.
      expect(await t.deps.jobs.queue("matching").getJob(`match-${request.id}-v3`)).toBeUndefined();

      expect(await notYetIndexed(request.id), "the sync never ran").toBe(true);
    } finally {
      await search.resume();
    }
    await t.searchSynced();
  });

  it("hands over the match job of a publish that committed as Redis died, once Redis is back", async () => {
    // The request index's sync is stuck too: a run waits for the drain's lock (drain-search-outbox.ts), which
    // this test holds, so only the job outbox can bring the matching.
    let releaseSyncLock = () => {};
    const syncLockHeld = new Promise<void>((resolve) => {
      releaseSyncLock = resolve;
    });
    let syncLocked = () => {};
    const syncLockTaken = new Promise<void>((resolve) => {
      syncLocked = resolve;
    });
    const holder = t.deps.database.db.transaction(async (tx) => {
      await takeTransactionLock(tx, searchDrainLockKeys.request);
      syncLocked();
      await syncLockHeld;
    });
    await syncLockTaken;
    try {
      // The route passes its checks, waits at its write; Redis dies; the write commits.
      const lock = await lockTableForWrites(t.deps.config.DATABASE_URL, "sourcing_requests");
      const answer = postRequest(
        t,
        buyer,
        mouldingRequestBody({ title: "Cần 10.000 vỏ nhựa ABS khi mất điện" }),
      );
      try {
        await lock.writerWaiting();
        await redis.stop();
      } finally {
        await lock.release();
      }
      const created = await answer;
      expect(created.statusCode, created.body).toBe(201);
      const request = created.json() as { id: string };
      const outboxRows = await t.deps.database.db.select().from(schema.jobOutbox);
      const matchRows = outboxRows.filter(
        (row) =>
          row.name === "match-sourcing-request" &&
          (row.payload as { requestId: string }).requestId === request.id,
      );
      expect(matchRows, "the match job waits in the job outbox").toEqual([
        expect.objectContaining({ payload: { requestId: request.id, version: 1 }, enqueuedAt: null }),
      ]);

      // Redis comes back empty: only Postgres remembers the job. The worker's drain runs on reconnecting.
      await redis.start();
      // The API's own connection reconnects on its own schedule; the test reads the queue through it.
      while (t.deps.redis.status !== "ready") await sleep(50);
      await matchingDone(t, `match-${request.id}-v1`, 20_000);
      expect(await readableMatches(request.id, 1)).toEqual([moulder.profileId]);
      expect(await notYetIndexed(request.id), "the request sync was stuck throughout").toBe(true);

      // Handing every outbox row over again (a drain that died before marking) runs nothing twice.
      const rows = await t.deps.database.db.select().from(schema.jobOutbox);
      await t.deps.jobs.enqueueOutboxRows(rows, new Date());
      await t.handOverJobs();
      await sleep(500);
      const runs = (
        await t.deps.jobs.queue("matching").getJobs(["completed", "waiting", "active", "delayed"])
      ).filter((job) => job.name === "match-sourcing-request" && job.data.requestId === request.id);
      expect(runs.map((job) => job.id)).toEqual([`match-${request.id}-v1`]);
      expect(await jobOutboxRepository.countPendingOutboxJobs(t.deps.database.db)).toBe(0);
    } finally {
      releaseSyncLock();
      await holder;
    }
    await t.searchSynced(30_000);
    expect(await searchOutboxRepository.countPendingSearchSync(t.deps.database.db)).toBe(0);
  }, 60_000);
});
