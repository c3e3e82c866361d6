// Certificates expire without anyone editing the profile; this daily job queues the affected suppliers for
// re-indexing so search and matching stop counting expired certificates.
import { type Database, searchOutboxRepository, supplierRepository } from "@ketnoi/db";
import { hcmcDate } from "@ketnoi/domain";
import type { JobPayload } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";

export async function refreshExpiredCertifications(
  payload: JobPayload<"refresh-expired-certifications">,
  context: JobContext,
): Promise<{ queued: number }> {
  const result = await queueLapsedCertificateHolders(context.db, payload, context.now());
  if (result.queued > 0) await context.queues.enqueue("sync-search-index", {});
  return result;
}

/** Puts the suppliers whose certificate lapsed in the look-back window on the search outbox. */
export async function queueLapsedCertificateHolders(
  db: Database,
  payload: JobPayload<"refresh-expired-certifications">,
  now: Date,
): Promise<{ queued: number }> {
  // A certificate valid "through" day D stops counting on D + 1, so look at expiry dates before today.
  const today = hcmcDate(now);
  const from = hcmcDate(new Date(now.getTime() - payload.lookbackDays * 86_400_000));
  const ids = await supplierRepository.suppliersWithCertificatesExpiringBetween(db, from, today);
  await db.transaction((tx) => searchOutboxRepository.queueSearchSync(tx, "supplier", ids));
  return { queued: ids.length };
}
