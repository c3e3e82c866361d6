// Runs at a request's quote deadline (a delayed job the API schedules at publishing and at every later change).
// A job scheduled for an older version finds the version moved on and does nothing; the job for the current
// version does the work, so duplicates and retries are harmless.
import { type Database, sourcingRequestRepository } from "@ketnoi/db";
import type { JobPayload } from "@ketnoi/jobs";

export async function expireSourcingRequest(
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
