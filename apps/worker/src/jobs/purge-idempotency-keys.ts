// Deletes the API's Idempotency-Keys whose replay window has passed, so the table holds about a day of writes.
import { type Database, idempotencyKeyRepository } from "@ketnoi/db";
import type { JobPayload } from "@ketnoi/jobs";

export async function purgeIdempotencyKeys(
  db: Database,
  payload: JobPayload<"purge-idempotency-keys">,
  now: Date,
): Promise<{ deleted: number }> {
  const olderThan = new Date(now.getTime() - payload.olderThanHours * 3_600_000);
  return { deleted: await idempotencyKeyRepository.deleteExpiredIdempotencyKeys(db, olderThan) };
}
