// Deletes search_outbox rows processed long ago (the index has had their change for days) and job_outbox rows
// handed to the queues long ago: both tables would otherwise grow by a row for every change ever made.
import { type Database, jobOutboxRepository, searchOutboxRepository } from "@ketnoi/db";
import type { JobPayload } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";

export function pruneSearchOutbox(
  payload: JobPayload<"prune-search-outbox">,
  context: JobContext,
): Promise<{ deleted: number; jobsDeleted: number }> {
  return deleteProcessedOutboxRows(context.db, payload, context.now());
}

/** The job's database step, on its own so a test can run it at a chosen time. */
export async function deleteProcessedOutboxRows(
  db: Database,
  payload: JobPayload<"prune-search-outbox">,
  now: Date,
): Promise<{ deleted: number; jobsDeleted: number }> {
  const olderThan = new Date(now.getTime() - payload.olderThanDays * 86_400_000);
  return {
    deleted: await searchOutboxRepository.deleteProcessedSearchSync(db, olderThan),
    jobsDeleted: await jobOutboxRepository.deleteEnqueuedOutboxJobs(db, olderThan),
  };
}
