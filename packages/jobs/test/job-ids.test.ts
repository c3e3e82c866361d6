import { describe, expect, it } from "vitest";
import { jobIdOf } from "../src/index.js";

const requestId = "0b7e4a4e-8d6f-4c1e-9a57-3f1d2c9b8a10";
const supplierId = "5d2c1f0e-3b4a-4e8d-8c7b-6a5f4e3d2c1b";
const responseId = "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f";
const userId = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

/** The ids as queued before the catalog owned them: Redis holds jobs under these, and must keep finding them. */
const keyed = [
  jobIdOf("expire-sourcing-request", { requestId, version: 3 }),
  jobIdOf("match-sourcing-request", { requestId, version: 3 }),
  jobIdOf("match-supplier-to-requests", { supplierId, version: 12 }),
  jobIdOf("notify-quote-received", { responseId, revision: 2 }),
  jobIdOf("notify-quote-news", { requestId, userId, dueAt: "2026-12-20T10:15:00.000Z" }),
  jobIdOf("notify-request-awarded", { requestId }),
  jobIdOf("send-weekly-digest", { userId, weekKey: "2026-W38" }),
  // One per invitation: inviting again queues the same job, never a second email.
  jobIdOf("notify-supplier-invited", { invitationId: responseId }),
];

describe("job ids from the catalog", () => {
  it("are the ids the jobs were queued under before", () => {
    expect(keyed).toEqual([
      `expire-${requestId}-v3`,
      `match-${requestId}-v3`,
      `rematch-${supplierId}-v12`,
      `quote-${responseId}-r2`,
      `quote-news-${requestId}-${userId}-${Date.UTC(2026, 11, 20, 10, 15)}`,
      `award-${requestId}`,
      `digest-2026-W38-${userId}`,
      `invitation-${responseId}`,
    ]);
  });

  it("are ids BullMQ accepts: no ':' and never all digits", () => {
    for (const id of keyed) {
      expect(id).not.toContain(":");
      expect(id).not.toMatch(/^\d+$/);
    }
  });

  it("differ with the version, revision or week, so a change is a new job rather than a duplicate", () => {
    expect(jobIdOf("match-sourcing-request", { requestId, version: 4 })).not.toBe(keyed[1]);
    expect(jobIdOf("match-supplier-to-requests", { supplierId, version: 13 })).not.toBe(keyed[2]);
    expect(jobIdOf("notify-quote-received", { responseId, revision: 3 })).not.toBe(keyed[3]);
    expect(jobIdOf("send-weekly-digest", { userId, weekKey: "2026-W39" })).not.toBe(keyed[5]);
  });

  it("are left to BullMQ for jobs that may run any number of times", () => {
    expect(jobIdOf("plan-weekly-digest", {})).toBeUndefined();
    expect(jobIdOf("sync-search-index", {})).toBeUndefined();
    expect(jobIdOf("sweep-expired-requests", { batchSize: 200 })).toBeUndefined();
  });
});
