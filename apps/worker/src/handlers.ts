// Which function runs each job of the catalog. The Record type makes the compiler insist on one handler per job.
import type { Database } from "@ketnoi/db";
import { type JobName, type JobPayload, jobCatalog } from "@ketnoi/jobs";
import { purgeStaleTokens } from "./jobs/purge-stale-tokens.js";

export interface JobContext {
  db: Database;
  now: () => Date;
}

type Handlers = { [N in JobName]: (payload: JobPayload<N>, context: JobContext) => Promise<unknown> };

export const handlers: Handlers = {
  "purge-stale-tokens": (payload, context) => purgeStaleTokens(context.db, payload, context.now()),
};

/** Validates the payload against the catalog's schema and runs the handler; unknown names fail loudly. */
export async function runJob(name: string, data: unknown, context: JobContext): Promise<unknown> {
  if (!(name in jobCatalog)) throw new Error(`no handler for job '${name}'`);
  const jobName = name as JobName;
  const payload = jobCatalog[jobName].payload.parse(data);
  return handlers[jobName](payload, context);
}
