// Removes old finished jobs from every queue. Their payloads hold ids and, for emails, who was written to; kept
// past their use they are only Redis memory and personal data.
import { type JobPayload, type JobQueues, queueNames } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";

/** Jobs removed per call; `clean` runs until a call removes fewer. */
const batch = 1000;

export function cleanFinishedJobs(
  payload: JobPayload<"clean-finished-jobs">,
  context: JobContext,
): Promise<{ completed: number; failed: number }> {
  return removeFinishedJobs(context.queues, payload);
}

export async function removeFinishedJobs(
  queues: JobQueues,
  payload: JobPayload<"clean-finished-jobs">,
): Promise<{ completed: number; failed: number }> {
  const day = 86_400_000;
  const removed = { completed: 0, failed: 0 };
  for (const name of Object.values(queueNames)) {
    const queue = queues.queue(name);
    for (const [state, graceMs] of [
      ["completed", payload.completedOlderThanDays * day],
      ["failed", payload.failedOlderThanDays * day],
    ] as const) {
      for (;;) {
        const ids = await queue.clean(graceMs, batch, state);
        removed[state] += ids.length;
        if (ids.length < batch) break;
      }
    }
  }
  return removed;
}
