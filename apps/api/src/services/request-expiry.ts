import { type OutboxJobOf, outboxJob } from "@ketnoi/jobs";

/**
 * The expiry job of an open request, delayed to its quote deadline, for its current version: every change bumps
 * the version, so jobs scheduled earlier find it moved on and do nothing. Written to the job outbox with the change
 * (and handed to the queue by the worker's drain), so a change committed while Redis is away still gets its
 * expiry once Redis is back; the worker's "sweep-expired-requests" job (every 5 minutes) remains the backstop.
 */
export function requestExpiryJob(request: {
  id: string;
  version: number;
  quoteDeadline: Date;
}): OutboxJobOf<"expire-sourcing-request"> {
  return outboxJob(
    "expire-sourcing-request",
    { requestId: request.id, version: request.version },
    { runAt: request.quoteDeadline },
  );
}
