// Same-day alerts for a request matched at `version`: every supplier it matches hears of it (see
// notifications/request-alerts.ts). Near misses are not told: the weekly digest shows them.
import { requestMatchRepository, sourcingRequestRepository } from "@ketnoi/db";
import type { JobPayload } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";
import { type NotificationOutcome, settleNotifications } from "../notifications/deliver-notification.js";
import { alertSupplierOfRequests } from "../notifications/request-alerts.js";

export async function alertRequestMatches(
  payload: JobPayload<"alert-request-matches">,
  context: JobContext,
): Promise<ReturnType<typeof settleNotifications> | { skipped: "not_found" | "not_open" }> {
  const request = await sourcingRequestRepository.findSourcingRequestById(context.db, payload.requestId);
  if (!request) return { skipped: "not_found" };
  if (request.status !== "open") return { skipped: "not_open" };
  const supplierIds = await requestMatchRepository.matchedSupplierIds(context.db, request.id);
  const outcomes: NotificationOutcome[] = [];
  const failures: unknown[] = [];
  for (const supplierId of supplierIds) {
    try {
      const result = await alertSupplierOfRequests(context, supplierId, [request.id]);
      if ("sent" in result) {
        for (const [outcome, count] of Object.entries(result)) {
          for (let i = 0; i < count; i++) outcomes.push(outcome as NotificationOutcome);
        }
      }
    } catch (error) {
      // One supplier's SMTP trouble must not keep the others from their alerts; the retry finds theirs told.
      failures.push(error);
    }
  }
  if (failures.length > 0) throw failures[0];
  return settleNotifications(outcomes);
}
