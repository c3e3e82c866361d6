// The jobs a committed change of a sourcing request sets off: its expiry and, while suppliers may see it, its
// forward matching. Both are written to the job outbox in the change's transaction, so they exist exactly when the
// change commits, and the API hands the matching over itself right after the commit, before the search sync is
// even kicked: the buyer's matches then wait neither for the drain nor for the request's own index write.
import {
  jobOutboxRepository,
  type SourcingRequest,
  sourcingRequestRepository,
  type Transaction,
} from "@ketnoi/db";
import { type JobName, type OutboxJobOf, outboxJob } from "@ketnoi/jobs";
import type { FastifyBaseLogger } from "fastify";
import type { AppDependencies } from "../dependencies.js";
import { kickJobOutbox, kickSearchSync } from "./search-sync.js";

type ChangedRequest = Pick<SourcingRequest, "id" | "version" | "status" | "hiddenAt" | "quoteDeadline">;

/**
 * The expiry job of an open request, delayed to its quote deadline, for its current version: every change bumps
 * the version, so jobs scheduled earlier find it moved on and do nothing. The worker's "sweep-expired-requests"
 * job (every 5 minutes) remains the backstop.
 */
function requestExpiryJob(request: ChangedRequest): OutboxJobOf<"expire-sourcing-request"> {
  return outboxJob(
    "expire-sourcing-request",
    { requestId: request.id, version: request.version },
    { runAt: request.quoteDeadline },
  );
}

/** The forward matching of this version, or none while suppliers may not see the request (draft, hidden, ended). */
function requestMatchingJob(request: ChangedRequest): OutboxJobOf<"match-sourcing-request"> | undefined {
  if (!sourcingRequestRepository.isOpenToSuppliers(request)) return undefined;
  return outboxJob("match-sourcing-request", { requestId: request.id, version: request.version });
}

/** Writes the jobs the change sets off in its transaction (nothing for a request that is not open). */
export async function queueRequestChangeJobs(tx: Transaction, request: ChangedRequest): Promise<void> {
  if (request.status !== "open") return;
  const matching = requestMatchingJob(request);
  const jobs: OutboxJobOf<JobName>[] = [requestExpiryJob(request)];
  if (matching) jobs.push(matching);
  await jobOutboxRepository.queueOutboxJobs(tx, jobs);
}

/**
 * After the commit: queues the request's matching at once (the catalog's job id makes the drain's later hand-over
 * of the same outbox row collapse into it), then kicks the drain (which marks the rows and queues the expiry) and
 * the search sync. A Redis failure only delays the matching: its row waits in the outbox for the next drain.
 */
export async function handOverRequestChange(
  deps: AppDependencies,
  log: FastifyBaseLogger,
  request: ChangedRequest,
): Promise<void> {
  const matching = requestMatchingJob(request);
  if (matching) {
    try {
      await deps.jobs.enqueue(matching.name, matching.payload);
    } catch (error) {
      log.warn({ err: error, job: matching.name }, "could not queue matching; the job outbox's drain will");
    }
  }
  await Promise.all([
    request.status === "open" ? kickJobOutbox(deps, log) : undefined,
    kickSearchSync(deps, log),
  ]);
}
