// The job outbox: jobs written with the change that sets them off, handed to the queue by the worker's drain.
// The drain claims rows with `for update skip locked`, so drains running side by side (several workers) split the
// pending rows between them instead of queueing one twice.
import { and, asc, count, inArray, isNull, sql } from "drizzle-orm";
import type { Database, Executor, Transaction } from "../client.js";
import { jobOutbox } from "../schema/index.js";
import { deleteInBatches } from "./batched-delete.js";

export interface OutboxJob {
  name: string;
  payload: unknown;
  /** For a delayed job: when it should run. */
  runAt?: Date;
}

export type PendingOutboxJob = Pick<typeof jobOutbox.$inferSelect, "id" | "name" | "payload" | "runAt">;

/** Writes the jobs in the caller's transaction: they exist exactly when the change that set them off commits. */
export async function queueOutboxJobs(db: Transaction, jobs: OutboxJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await db
    .insert(jobOutbox)
    .values(jobs.map((job) => ({ name: job.name, payload: job.payload, runAt: job.runAt ?? null })));
}

/**
 * The oldest pending jobs, locked for the caller's transaction; rows another drain holds are skipped. Mark them
 * with `markOutboxJobsEnqueued` in the same transaction once the queue has them.
 */
export async function claimPendingOutboxJobs(db: Transaction, limit: number): Promise<PendingOutboxJob[]> {
  return db
    .select({ id: jobOutbox.id, name: jobOutbox.name, payload: jobOutbox.payload, runAt: jobOutbox.runAt })
    .from(jobOutbox)
    .where(isNull(jobOutbox.enqueuedAt))
    .orderBy(asc(jobOutbox.id))
    .limit(limit)
    .for("update", { skipLocked: true });
}

export async function markOutboxJobsEnqueued(db: Transaction, ids: number[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(jobOutbox)
    .set({ enqueuedAt: at, lastError: null })
    .where(and(inArray(jobOutbox.id, ids), isNull(jobOutbox.enqueuedAt)));
}

export async function recordOutboxJobError(db: Executor, ids: number[], message: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(jobOutbox)
    .set({ lastError: message.slice(0, 1000) })
    .where(inArray(jobOutbox.id, ids));
}

export async function countPendingOutboxJobs(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(jobOutbox).where(isNull(jobOutbox.enqueuedAt));
  return row?.n ?? 0;
}

/**
 * Housekeeping: jobs handed to the queue before `olderThan` are history (the queue keeps its own record). Deleted
 * `batchSize` per statement; pending rows are kept however old. Returns how many.
 */
export function deleteEnqueuedOutboxJobs(db: Database, olderThan: Date, batchSize = 5000): Promise<number> {
  return deleteInBatches(
    db,
    jobOutbox,
    jobOutbox.id,
    sql`${jobOutbox.enqueuedAt} < ${olderThan.toISOString()}`,
    batchSize,
  );
}
