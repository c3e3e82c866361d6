// Runs at a request's quote deadline (a delayed job the API schedules at publishing and at every later change).
// A job scheduled for an older version finds the version moved on and does nothing; the job for the current
// version does the work, so duplicates and retries are harmless.
import { type Database, sourcingRequestRepository } from "@ketnoi/db";
import type { JobPayload } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";

export async function expireSourcingRequest(
  payload: JobPayload<"expire-sourcing-request">,
  context: JobContext,
): Promise<{ expired: boolean }> {
  const result = await expireRequestVersion(context.db, payload, context.now());
  // An expired request leaves the open-requests index.
  if (result.expired) await context.queues.enqueue("sync-search-index", {});
  return result;
}

/** Expires the request if it is still open at the version scheduled and its deadline has come. */
export async function expireRequestVersion(
  db: Database,
  payload: JobPayload<"expire-sourcing-request">,
  now: Date,
): Promise<{ expired: boolean }> {
  const expired = await sourcingRequestRepository.expireSourcingRequest(
    db,
    payload.requestId,
    payload.version,
    now,
  );
  return { expired };
}
