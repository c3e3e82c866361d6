// Tells the other side of each thread a post reached that a message arrived: the buyer's people for a supplier's
// question, the supplier's people for the buyer's message (every supplier's, for an answer to all). One ledger row
// per copy and person, so a retried job plans nothing twice; the emails are paced per person and request with the
// quote news (request-news.ts). The message's text never leaves the product through logs.
import {
  messageThreadRepository,
  notificationLedger,
  notificationRecipientRepository,
  sourcingRequestRepository,
} from "@ketnoi/db";
import type { JobPayload } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";
import { type NotificationOutcome, settleNotifications } from "../notifications/deliver-notification.js";
import { tellRequestNews } from "../notifications/request-news.js";

export async function notifyMessagePosted(
  payload: JobPayload<"notify-message-posted">,
  context: JobContext,
): Promise<ReturnType<typeof settleNotifications> | { skipped: "not_found" }> {
  const copies = await messageThreadRepository.findPostCopies(context.db, payload.postId);
  const [first] = copies;
  if (!first) return { skipped: "not_found" };
  const request = await sourcingRequestRepository.findSourcingRequestById(context.db, first.thread.requestId);
  if (!request) return { skipped: "not_found" };

  if (first.message.side === "supplier") {
    const recipients = await notificationRecipientRepository.listOrganizationRecipients(
      context.db,
      request.organizationId,
    );
    await context.db.transaction((tx) =>
      notificationLedger.planMessageReceived(tx, [
        { messageId: first.message.id, requestId: request.id, userIds: recipients.map((r) => r.userId) },
      ]),
    );
    return settleNotifications(
      await tellRequestNews(context, { requestId: request.id, recipients, reader: { side: "buyer" } }),
    );
  }

  const outcomes: NotificationOutcome[] = [];
  for (const { message, thread } of copies) {
    const { recipients } = await notificationRecipientRepository.listSupplierRecipients(
      context.db,
      thread.supplierId,
    );
    if (recipients.length === 0) continue;
    await context.db.transaction((tx) =>
      notificationLedger.planMessageReceived(tx, [
        { messageId: message.id, requestId: request.id, userIds: recipients.map((r) => r.userId) },
      ]),
    );
    outcomes.push(
      ...(await tellRequestNews(context, {
        requestId: request.id,
        recipients,
        reader: { side: "supplier", supplierId: thread.supplierId },
      })),
    );
  }
  return settleNotifications(outcomes);
}
