// The safety net behind the per-request expiry job: expires every open request whose quote deadline has passed
// but which is still open because its delayed job was never scheduled (Redis was away when the request was
// published or changed) or was lost. Batches keep each transaction and its row locks short.
import { type Database, sourcingRequestRepository } from "@ketnoi/db";
import type { JobPayload } from "@ketnoi/jobs";

export interface SweepResult {
  expired: number;
  /**
   * The requests this run expired, for follow-up work. Each batch commits on its own, so requests expired by an
   * earlier attempt that then failed are not repeated here: follow-up work must not rely on this list alone.
   */
  requestIds: string[];
}

export async function sweepExpiredRequests(
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
