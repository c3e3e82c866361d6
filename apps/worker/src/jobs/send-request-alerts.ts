// At the end of the hour after a person's last alert about a supplier (or of their quiet hours): sends what matched
// meanwhile as one email (see notifications/request-alerts.ts).
import { notificationRecipientRepository } from "@ketnoi/db";
import type { JobPayload } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";
import { settleNotifications } from "../notifications/deliver-notification.js";
import { deliverRequestAlerts, scheduleRequestAlerts } from "../notifications/request-alerts.js";

export async function sendRequestAlerts(
  payload: JobPayload<"send-request-alerts">,
  context: JobContext,
): Promise<ReturnType<typeof settleNotifications> | { skipped: "no_supplier" | "not_a_member" }> {
  const { supplier, recipients } = await notificationRecipientRepository.listSupplierRecipients(
    context.db,
    payload.supplierId,
  );
  if (!supplier) return { skipped: "no_supplier" };
  const recipient = recipients.find((member) => member.userId === payload.userId);
  // Someone who left the supplier's organisation hears nothing more about its matches; their rows stay planned
  // and unsent, as nobody will carry them.
  if (!recipient) return { skipped: "not_a_member" };
  const result = await deliverRequestAlerts(context, {
    supplier: { id: supplier.id, name: supplier.name },
    recipient,
  });
  if (result.outcome === "held") {
    const scheduled = new Date(payload.dueAt).getTime();
    // Promoted too early: try again shortly (the job's backoff) rather than sending before it is due.
    if (result.dueAt.getTime() <= scheduled) throw new Error("the alert is not due yet");
    // An alert went out since this job was queued, or the quiet hours changed: wait for the new due time.
    await scheduleRequestAlerts(context, {
      supplierId: supplier.id,
      userId: recipient.userId,
      dueAt: result.dueAt,
    });
  }
  return settleNotifications([result.outcome]);
}
