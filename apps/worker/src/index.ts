export { reindexSuppliers } from "./indexing/reindex-suppliers.js";
export { syncRequestIndex } from "./indexing/sync-request-index.js";
export { syncSupplierIndex, writeSuppliers } from "./indexing/sync-supplier-index.js";
export type { JobContext } from "./job-context.js";
export { handOverOutboxJobs } from "./jobs/drain-job-outbox.js";
export { matchSourcingRequest } from "./jobs/match-sourcing-request.js";
export { matchSupplierToRequests } from "./jobs/match-supplier-to-requests.js";
export { runJob } from "./run-job.js";
export { type RunningWorker, startWorker, workerApplicationName } from "./worker.js";
