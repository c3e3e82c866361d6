// Hands the jobs written to job_outbox (emails, a request's expiry) to their queues. A change that committed while
// Redis was away left its jobs here; this run, kicked by the API after each commit, scheduled every 5 seconds
// and started whenever the worker's Redis connection comes back, sends them on. A batch is claimed (skip-locked,
// so drains in other processes take other rows), added to the queues and marked in one transaction: if Redis
// fails midway the marks roll back and the rows stay pending; a row added twice keeps its job id (the catalog's,
// or one made from the row's id), so the queue holds it once and nobody is emailed twice.
import { type Database, jobOutboxRepository, withoutQueryParameters } from "@ketnoi/db";
import type { JobPayload, JobQueues } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";

const batchSize = 500;

export function drainJobOutbox(
  _payload: JobPayload<"drain-job-outbox">,
  context: JobContext,
): Promise<{ enqueued: number }> {
  return handOverOutboxJobs(context.db, context.queues, context.now);
}

/** The job's work, on its own so a test can run two at once. */
export async function handOverOutboxJobs(
  db: Database,
  queues: JobQueues,
  now: () => Date,
): Promise<{ enqueued: number }> {
  let enqueued = 0;
  for (;;) {
    let claimed: number[] = [];
    try {
      const handed = await db.transaction(async (tx) => {
        const rows = await jobOutboxRepository.claimPendingOutboxJobs(tx, batchSize);
        claimed = rows.map((row) => row.id);
        if (rows.length === 0) return 0;
        await queues.enqueueOutboxRows(rows, now());
        await jobOutboxRepository.markOutboxJobsEnqueued(tx, claimed, now());
        return rows.length;
      });
      if (handed === 0) return { enqueued };
      enqueued += handed;
    } catch (thrown) {
      const error = withoutQueryParameters(thrown);
      // Kept on the rows so an operator sees why they wait; Postgres itself may be what failed.
      await jobOutboxRepository
        .recordOutboxJobError(db, claimed, error instanceof Error ? error.message : String(error))
        .catch(() => undefined);
      throw error;
    }
  }
}
