// Deletes the API's Idempotency-Keys whose replay window has passed, so the table holds about a day of writes.
import { type Database, idempotencyKeyRepository } from "@ketnoi/db";
import type { JobPayload } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";

export function purgeIdempotencyKeys(
  payload: JobPayload<"purge-idempotency-keys">,
  context: JobContext,
): Promise<{ deleted: number }> {
  return deleteExpiredIdempotencyKeys(context.db, payload, context.now());
}

/** The job's database step, on its own so a test can run it at a chosen time. */
export async function deleteExpiredIdempotencyKeys(
  db: Database,
  payload: JobPayload<"purge-idempotency-keys">,
  now: Date,
): Promise<{ deleted: number }> {
  const olderThan = new Date(now.getTime() - payload.olderThanHours * 3_600_000);
  return { deleted: await idempotencyKeyRepository.deleteExpiredIdempotencyKeys(db, olderThan) };
}
