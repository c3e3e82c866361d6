// Which function runs each job of the catalog. The mapped type makes the compiler insist on exactly one handler
// per job name.
import { type Database, withoutQueryParameters } from "@ketnoi/db";
import type { EmailTemplates, Mailer, ProductLinks } from "@ketnoi/email";
import { type JobName, type JobPayload, type JobQueues, jobCatalog } from "@ketnoi/jobs";
import type { SearchHandle } from "@ketnoi/search";
import { UnrecoverableError } from "bullmq";
import { syncRequestIndex } from "./indexing/sync-request-index.js";
import { syncSupplierIndex } from "./indexing/sync-supplier-index.js";
import { expireSourcingRequest } from "./jobs/expire-sourcing-request.js";
import { matchSourcingRequest } from "./jobs/match-sourcing-request.js";
import { matchSupplierToRequests } from "./jobs/match-supplier-to-requests.js";
import { notifyQuoteNews } from "./jobs/notify-quote-news.js";
import { notifyQuoteReceived } from "./jobs/notify-quote-received.js";
import { notifyRequestAwarded } from "./jobs/notify-request-awarded.js";
import { planWeeklyDigest } from "./jobs/plan-weekly-digest.js";
import { purgeIdempotencyKeys } from "./jobs/purge-idempotency-keys.js";
import { purgeStaleTokens } from "./jobs/purge-stale-tokens.js";
import { refreshExpiredCertifications } from "./jobs/refresh-expired-certifications.js";
import { sendWeeklyDigest } from "./jobs/send-weekly-digest.js";
import { sweepExpiredRequests } from "./jobs/sweep-expired-requests.js";
import type { NotificationSettings } from "./notifications/notification-settings.js";

export interface JobContext {
  db: Database;
  search: SearchHandle;
  queues: JobQueues;
  supplierIndexName: string;
  requestIndexName: string;
  mailer: Mailer;
  links: ProductLinks;
  /** Compiled once at start-up (MJML); rendering per recipient is string work only. */
  templates: EmailTemplates;
  notifications: NotificationSettings;
  now: () => Date;
}

type Handlers = { [N in JobName]: (payload: JobPayload<N>, context: JobContext) => Promise<unknown> };

export const handlers: Handlers = {
  "purge-stale-tokens": (payload, context) => purgeStaleTokens(context.db, payload, context.now()),
  "purge-idempotency-keys": (payload, context) => purgeIdempotencyKeys(context.db, payload, context.now()),
  "sync-search-index": async (_payload, context) => {
    // Requests first: the reverse matching queued for the suppliers below must find requests published meanwhile.
    const requests = await syncRequestIndex({
      db: context.db,
      search: context.search,
      indexName: context.requestIndexName,
      now: context.now,
    });
    const suppliers = await syncSupplierIndex({
      db: context.db,
      search: context.search,
      indexName: context.supplierIndexName,
      now: context.now,
      // Each supplier written is matched against the open requests once its change is searchable too.
      onIndexed: (indexed) =>
        context.queues.enqueueMany(
          "match-supplier-to-requests",
          indexed.map(({ id, version }) => ({
            payload: { supplierId: id, version },
            jobId: `rematch-${id}-v${version}`,
          })),
        ),
    });
    return { suppliers, requests };
  },
  "refresh-expired-certifications": async (payload, context) => {
    const result = await refreshExpiredCertifications(context.db, payload, context.now());
    if (result.queued > 0) await context.queues.enqueue("sync-search-index", {});
    return result;
  },
  "expire-sourcing-request": async (payload, context) => {
    const result = await expireSourcingRequest(context.db, payload, context.now());
    // An expired request leaves the open-requests index.
    if (result.expired) await context.queues.enqueue("sync-search-index", {});
    return result;
  },
  "match-sourcing-request": (payload, context) => matchSourcingRequest(payload, context),
  "match-supplier-to-requests": (payload, context) => matchSupplierToRequests(payload, context),
  "notify-quote-received": (payload, context) => notifyQuoteReceived(payload, context),
  "notify-quote-news": (payload, context) => notifyQuoteNews(payload, context),
  "notify-request-awarded": (payload, context) => notifyRequestAwarded(payload, context),
  "plan-weekly-digest": (payload, context) => planWeeklyDigest(payload, context),
  "send-weekly-digest": (payload, context) => sendWeeklyDigest(payload, context),
  "sweep-expired-requests": async (payload, context) => {
    const result = await sweepExpiredRequests(context.db, payload, context.now());
    // Expired requests leave the open-requests index now rather than at the next scheduled sync.
    if (result.expired > 0) await context.queues.enqueue("sync-search-index", {});
    return result;
  },
};

/**
 * Validates the payload against the catalog's schema and runs the handler. An unknown name or a payload that does
 * not match fails at once, without the retries: every attempt would find the same job. The reason names the
 * fields, never their values (payloads can hold personal data).
 */
export async function runJob(name: string, data: unknown, context: JobContext): Promise<unknown> {
  if (!(name in jobCatalog)) throw new UnrecoverableError(`no handler for job '${name}'`);
  const jobName = name as JobName;
  const parsed = jobCatalog[jobName].payload.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.map(String).join(".") || "payload"}: ${issue.message}`,
    );
    throw new UnrecoverableError(`invalid payload for '${name}': ${problems.join("; ")}`);
  }
  try {
    return await handlers[jobName](parsed.data as never, context);
  } catch (error) {
    // BullMQ keeps the message and stack as the failure reason: no query parameters in them.
    throw withoutQueryParameters(error);
  }
}
