import type { FastifyBaseLogger } from "fastify";
import type { AppDependencies } from "../dependencies.js";

/**
 * Queues matching for an open request at its current version. The job id carries the version, so a double
 * submit collapses into one run and an edit gets a fresh one. Like the expiry, the change is already committed:
 * if Redis is away the request keeps its previous matches until it is changed again.
 */
export async function scheduleRequestMatching(
  deps: AppDependencies,
  log: FastifyBaseLogger,
  request: { id: string; version: number },
): Promise<void> {
  try {
    await deps.jobs.enqueue("match-sourcing-request", { requestId: request.id, version: request.version });
  } catch (error) {
    log.warn({ err: error, requestId: request.id }, "could not queue matching for the request");
  }
}
