// Same-day alerts after a supplier's profile change made it match open requests it did not match before.
import type { JobPayload } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";
import { alertSupplierOfRequests } from "../notifications/request-alerts.js";

export async function alertSupplierMatches(
  payload: JobPayload<"alert-supplier-matches">,
  context: JobContext,
) {
  return alertSupplierOfRequests(context, payload.supplierId, payload.requestIds);
}
