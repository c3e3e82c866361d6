// Which function runs each job of the catalog. The mapped type makes the compiler insist on exactly one handler
// per job name.
import type { Database } from "@ketnoi/db";
import { type JobName, type JobPayload, type JobQueues, jobCatalog } from "@ketnoi/jobs";
import type { SearchHandle } from "@ketnoi/search";
import { syncSupplierIndex } from "./indexing/sync-supplier-index.js";
import { expireSourcingRequest } from "./jobs/expire-sourcing-request.js";
import { matchSourcingRequest } from "./jobs/match-sourcing-request.js";
import { purgeStaleTokens } from "./jobs/purge-stale-tokens.js";
import { refreshExpiredCertifications } from "./jobs/refresh-expired-certifications.js";

export interface JobContext {
  db: Database;
  search: SearchHandle;
  queues: JobQueues;
  supplierIndexName: string;
  now: () => Date;
}

type Handlers = { [N in JobName]: (payload: JobPayload<N>, context: JobContext) => Promise<unknown> };

export const handlers: Handlers = {
  "purge-stale-tokens": (payload, context) => purgeStaleTokens(context.db, payload, context.now()),
  "sync-search-index": (_payload, context) =>
    syncSupplierIndex({
      db: context.db,
      search: context.search,
      indexName: context.supplierIndexName,
      now: context.now,
    }),
  "refresh-expired-certifications": async (payload, context) => {
    const result = await refreshExpiredCertifications(context.db, payload, context.now());
    if (result.queued > 0) await context.queues.enqueue("sync-search-index", {});
    return result;
  },
  "expire-sourcing-request": (payload, context) => expireSourcingRequest(context.db, payload, context.now()),
  "match-sourcing-request": (payload, context) => matchSourcingRequest(payload, context),
};

/** Validates the payload against the catalog's schema and runs the handler; unknown names fail loudly. */
export async function runJob(name: string, data: unknown, context: JobContext): Promise<unknown> {
  if (!(name in jobCatalog)) throw new Error(`no handler for job '${name}'`);
  const jobName = name as JobName;
  const payload = jobCatalog[jobName].payload.parse(data);
  return handlers[jobName](payload as never, context);
}
