import { type OutboxJobOf, outboxJob } from "@ketnoi/jobs";

/**
 * The buyer's "new quote" email for this revision of a quote, written to the job outbox in the quote's own
 * transaction: if Redis is away when the quote commits, the email leaves once it is back (the worker's drain),
 * never not at all; its job id (one per response and revision) keeps it to one email.
 */
export function quoteReceivedJob(response: {
  id: string;
  revision: number;
}): OutboxJobOf<"notify-quote-received"> {
  return outboxJob("notify-quote-received", { responseId: response.id, revision: response.revision });
}

/** The emails telling each quoting supplier whether it won; keyed by request, so they go out once. */
export function requestAwardedJob(requestId: string): OutboxJobOf<"notify-request-awarded"> {
  return outboxJob("notify-request-awarded", { requestId });
}
