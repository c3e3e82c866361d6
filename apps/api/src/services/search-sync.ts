import type { FastifyBaseLogger } from "fastify";
import type { AppDependencies } from "../dependencies.js";

/**
 * Asks the worker to apply pending index changes now. The change itself is already committed with its outbox
 * row, so if Redis is away the scheduled sync picks it up later; the request does not fail for it.
 */
export function kickSearchSync(deps: AppDependencies, log: FastifyBaseLogger): Promise<void> {
  return kick(deps, log, "sync-search-index");
}

/**
 * Asks the worker to hand the jobs just committed to job_outbox (emails, expiries) to their queues now. They are
 * committed with the change, so if Redis is away the worker hands them over once it is back (its drain runs when
 * its connection returns and every 5 seconds); the request does not fail for it.
 */
export function kickJobOutbox(deps: AppDependencies, log: FastifyBaseLogger): Promise<void> {
  return kick(deps, log, "drain-job-outbox");
}

async function kick(
  deps: AppDependencies,
  log: FastifyBaseLogger,
  job: "sync-search-index" | "drain-job-outbox",
): Promise<void> {
  try {
    await deps.jobs.enqueue(job, {});
  } catch (error) {
    log.warn({ err: error, job }, "could not kick the worker; its scheduled run will catch up");
  }
}
