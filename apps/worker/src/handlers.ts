// Which function runs each job of the catalog. The mapped type makes the compiler insist on exactly one handler
// per job name.
import type { JobName, JobPayload } from "@ketnoi/jobs";
import type { JobContext } from "./job-context.js";
import { alertRequestMatches } from "./jobs/alert-request-matches.js";
import { alertSupplierMatches } from "./jobs/alert-supplier-matches.js";
import { cleanFinishedJobs } from "./jobs/clean-finished-jobs.js";
import { drainJobOutbox } from "./jobs/drain-job-outbox.js";
import { expireSourcingRequest } from "./jobs/expire-sourcing-request.js";
import { matchSourcingRequest } from "./jobs/match-sourcing-request.js";
import { matchSupplierToRequests } from "./jobs/match-supplier-to-requests.js";
import { notifyMessagePosted } from "./jobs/notify-message-posted.js";
import { notifyQuoteNews } from "./jobs/notify-quote-news.js";
import { notifyQuoteReceived } from "./jobs/notify-quote-received.js";
import { notifyRequestAwarded } from "./jobs/notify-request-awarded.js";
import { notifySupplierInvited } from "./jobs/notify-supplier-invited.js";
import { planWeeklyDigest } from "./jobs/plan-weekly-digest.js";
import { pruneSearchOutbox } from "./jobs/prune-search-outbox.js";
import { purgeIdempotencyKeys } from "./jobs/purge-idempotency-keys.js";
import { purgeStaleTokens } from "./jobs/purge-stale-tokens.js";
import { refreshExpiredCertifications } from "./jobs/refresh-expired-certifications.js";
import { sendRequestAlerts } from "./jobs/send-request-alerts.js";
import { sendWeeklyDigest } from "./jobs/send-weekly-digest.js";
import { sendWeeklyDigestBatch } from "./jobs/send-weekly-digest-batch.js";
import { sweepExpiredRequests } from "./jobs/sweep-expired-requests.js";
import { syncSearchIndex } from "./jobs/sync-search-index.js";

type Handlers = { [N in JobName]: (payload: JobPayload<N>, context: JobContext) => Promise<unknown> };

export const handlers: Handlers = {
  "purge-stale-tokens": purgeStaleTokens,
  "purge-idempotency-keys": purgeIdempotencyKeys,
  "prune-search-outbox": pruneSearchOutbox,
  "clean-finished-jobs": cleanFinishedJobs,
  "sync-search-index": syncSearchIndex,
  "drain-job-outbox": drainJobOutbox,
  "refresh-expired-certifications": refreshExpiredCertifications,
  "expire-sourcing-request": expireSourcingRequest,
  "match-sourcing-request": matchSourcingRequest,
  "match-supplier-to-requests": matchSupplierToRequests,
  "notify-quote-received": notifyQuoteReceived,
  "notify-quote-news": notifyQuoteNews,
  "notify-message-posted": notifyMessagePosted,
  "notify-request-awarded": notifyRequestAwarded,
  "notify-supplier-invited": notifySupplierInvited,
  "alert-request-matches": alertRequestMatches,
  "alert-supplier-matches": alertSupplierMatches,
  "send-request-alerts": sendRequestAlerts,
  "plan-weekly-digest": planWeeklyDigest,
  "send-weekly-digest": sendWeeklyDigest,
  "send-weekly-digest-batch": sendWeeklyDigestBatch,
  "sweep-expired-requests": sweepExpiredRequests,
};
