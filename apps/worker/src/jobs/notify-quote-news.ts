// At the end of the pause after an email about a request: sends the person everything gathered on it meanwhile,
// as one email (see notifications/request-news.ts).
import { notificationRecipientRepository, sourcingRequestRepository } from "@ketnoi/db";
import type { JobPayload } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";
import { settleNotifications } from "../notifications/deliver-notification.js";
import { deliverRequestNews, type NewsReader, scheduleRequestNews } from "../notifications/request-news.js";

export async function notifyQuoteNews(
  payload: JobPayload<"notify-quote-news">,
  context: JobContext,
): Promise<ReturnType<typeof settleNotifications> | { skipped: "not_found" | "not_a_member" }> {
  const request = await sourcingRequestRepository.findSourcingRequestById(context.db, payload.requestId);
  if (!request) return { skipped: "not_found" };
  const reader: NewsReader = payload.supplierId
    ? { side: "supplier", supplierId: payload.supplierId }
    : { side: "buyer" };
  const recipients =
    reader.side === "supplier"
      ? (await notificationRecipientRepository.listSupplierRecipients(context.db, reader.supplierId))
          .recipients
      : await notificationRecipientRepository.listOrganizationRecipients(context.db, request.organizationId);
  const recipient = recipients.find((member) => member.userId === payload.userId);
  // Someone who left the organisation hears nothing more about its requests.
  if (!recipient) return { skipped: "not_a_member" };
  const result = await deliverRequestNews(context, { requestId: request.id, recipient, reader });
  if (result.outcome === "held") {
    const scheduled = new Date(payload.dueAt).getTime();
    // Promoted too early: try again shortly (the job's backoff) rather than sending before the pause ends.
    if (result.dueAt.getTime() <= scheduled)
      throw new Error("the pause after the last email has not ended yet");
    // An email went out since this job was queued; the news now waits for the pause after it.
    await scheduleRequestNews(context, {
      requestId: request.id,
      userId: recipient.userId,
      dueAt: result.dueAt,
      ...(payload.supplierId ? { supplierId: payload.supplierId } : {}),
    });
  }
  return settleNotifications([result.outcome]);
}
