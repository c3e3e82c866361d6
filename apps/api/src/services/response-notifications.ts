import type { FastifyBaseLogger } from "fastify";
import type { AppDependencies } from "../dependencies.js";

/**
 * Queues the buyer's "new quote" email for this revision of a quote. The quote is already committed: if Redis is
 * away the buyer still sees it in the product, only the email is lost, so the request does not fail.
 */
export async function notifyQuoteReceived(
  deps: AppDependencies,
  log: FastifyBaseLogger,
  response: { id: string; revision: number },
): Promise<void> {
  try {
    await deps.jobs.enqueue("notify-quote-received", {
      responseId: response.id,
      revision: response.revision,
    });
  } catch (error) {
    log.warn({ err: error, responseId: response.id }, "could not queue the new-quote notification");
  }
}

/** Queues the emails that tell each quoting supplier whether it won; keyed by request, so it goes out once. */
export async function notifyRequestAwarded(
  deps: AppDependencies,
  log: FastifyBaseLogger,
  requestId: string,
): Promise<void> {
  try {
    await deps.jobs.enqueue("notify-request-awarded", { requestId });
  } catch (error) {
    log.warn({ err: error, requestId }, "could not queue the award notifications");
  }
}
