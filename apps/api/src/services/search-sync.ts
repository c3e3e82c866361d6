import type { FastifyBaseLogger } from "fastify";
import type { AppDependencies } from "../dependencies.js";

/**
 * Asks the worker to apply pending index changes now. The change itself is already committed with its outbox
 * row, so if Redis is away the scheduled sync picks it up later; the request does not fail for it.
 */
export async function kickSearchSync(deps: AppDependencies, log: FastifyBaseLogger): Promise<void> {
  try {
    await deps.jobs.enqueue("sync-search-index", {});
  } catch (error) {
    log.warn({ err: error }, "could not enqueue search sync; the scheduled sync will catch up");
  }
}
