import { createDb, type DbHandle, sourcingRequestRepository } from "@ketnoi/db";
import { createTestDatabase } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expireRequestVersion } from "../src/jobs/expire-sourcing-request.js";
import { createBuyer, createRequest } from "./job-harness.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let organizationId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 2 });
  organizationId = await createBuyer(handle.db);
});
afterAll(async () => {
  await handle.close();
  await database.drop();
});

const deadline = new Date("2026-12-20T10:00:00Z");
const before = new Date("2026-12-20T09:59:00Z");
const after = new Date("2026-12-20T10:00:01Z");

const makeRequest = (status: "draft" | "open") =>
  createRequest(handle.db, organizationId, { quoteDeadline: deadline, status });

const statusOf = async (id: string) =>
  (await sourcingRequestRepository.findSourcingRequestById(handle.db, id))?.status;

describe("expire-sourcing-request job", () => {
  it("expires an open request once, at or after its deadline, and later runs change nothing", async () => {
    const request = await makeRequest("open");
    const payload = { requestId: request.id, version: request.version };

    expect(await expireRequestVersion(handle.db, payload, before)).toEqual({ expired: false });
    expect(await statusOf(request.id)).toBe("open");

    expect(await expireRequestVersion(handle.db, payload, after)).toEqual({ expired: true });
    const expired = await sourcingRequestRepository.findSourcingRequestById(handle.db, request.id);
    expect(expired).toMatchObject({ status: "expired", closedAt: after });

    expect(await expireRequestVersion(handle.db, payload, after)).toEqual({ expired: false });
    const again = await sourcingRequestRepository.findSourcingRequestById(handle.db, request.id);
    expect(again).toEqual(expired);
  });

  it("leaves a request alone when it changed after the job was scheduled", async () => {
    const request = await makeRequest("open");
    await handle.db.transaction((tx) =>
      sourcingRequestRepository.updateSourcingRequest(tx, request.id, {
        description: "Thêm chi tiết",
      }),
    );
    expect(await expireRequestVersion(handle.db, { requestId: request.id, version: 1 }, after)).toEqual({
      expired: false,
    });
    expect(await statusOf(request.id)).toBe("open");
  });

  it("never expires a draft or a request that was closed", async () => {
    const draft = await makeRequest("draft");
    expect(await expireRequestVersion(handle.db, { requestId: draft.id, version: 1 }, after)).toEqual({
      expired: false,
    });
    expect(await statusOf(draft.id)).toBe("draft");
    const closed = await makeRequest("open");
    const updated = await handle.db.transaction((tx) =>
      sourcingRequestRepository.updateSourcingRequest(tx, closed.id, {
        status: "closed",
      }),
    );
    expect(
      await expireRequestVersion(handle.db, { requestId: closed.id, version: updated?.version ?? 0 }, after),
    ).toEqual({ expired: false });
    expect(await statusOf(closed.id)).toBe("closed");
  });
});
