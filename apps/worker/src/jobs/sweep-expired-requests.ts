// The safety net behind the per-request expiry job: expires every open request whose quote deadline has passed
// but which is still open because its delayed job was never scheduled (Redis was away when the request was
// published or changed) or was lost. Batches keep each transaction and its row locks short.
import { type Database, sourcingRequestRepository } from "@ketnoi/db";
import type { JobPayload } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";

export interface SweepResult {
  expired: number;
  /**
   * The requests this run expired, for follow-up work. Each batch commits on its own, so requests expired by an
   * earlier attempt that then failed are not repeated here: follow-up work must not rely on this list alone.
   */
  requestIds: string[];
}

export async function sweepExpiredRequests(
  payload: JobPayload<"sweep-expired-requests">,
  context: JobContext,
): Promise<SweepResult> {
  const result = await expireOverdueRequests(context.db, payload, context.now());
  // Expired requests leave the open-requests index now rather than at the next scheduled sync.
  if (result.expired > 0) await context.queues.enqueue("sync-search-index", {});
  return result;
}

/** Expires the overdue open requests, `batchSize` per transaction, until none is left. */
export async function expireOverdueRequests(
  db: Database,
  payload: JobPayload<"sweep-expired-requests">,
  now: Date,
): Promise<SweepResult> {
  const requestIds: string[] = [];
  for (;;) {
    const batch = await sourcingRequestRepository.expireOverdueSourcingRequests(db, now, payload.batchSize);
    requestIds.push(...batch);
    // A short batch means nothing overdue is left, apart from rows locked by an edit (taken next time).
    if (batch.length < payload.batchSize) return { expired: requestIds.length, requestIds };
  }
}
