import type { FastifyBaseLogger } from "fastify";
import type { AppDependencies } from "../dependencies.js";

/**
 * Schedules the expiry job for an open request at its quote deadline, for its current version: every change
 * bumps the version, so jobs scheduled earlier find it moved on and do nothing. The change itself is already
 * committed, so if Redis is away the request does not fail; the worker's "sweep-expired-requests" job (every 5
 * minutes) then expires it a few minutes after its deadline instead.
 */
export async function scheduleRequestExpiry(
  deps: AppDependencies,
  log: FastifyBaseLogger,
  request: { id: string; version: number; quoteDeadline: Date },
): Promise<void> {
  try {
    await deps.jobs.enqueue(
      "expire-sourcing-request",
      { requestId: request.id, version: request.version },
      { delay: Math.max(0, request.quoteDeadline.getTime() - deps.clock().getTime()) },
    );
  } catch (error) {
    log.warn({ err: error, requestId: request.id }, "could not schedule the request's expiry");
  }
}
