// Tells the buyer's members that a supplier quoted (or revised its quote) on one of their requests. Each member
// gets a ledger row for the event, keyed by response, revision and member, so a retried or duplicated job records
// it once; the email itself is paced per request (request-news.ts): the first leaves now, later news waits for the
// end of the pause after it.
import {
  notificationLedger,
  notificationRecipientRepository,
  notificationSubjectRepository,
} from "@ketnoi/db";
import type { JobPayload } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";
import { settleNotifications } from "../notifications/deliver-notification.js";
import { tellRequestNews } from "../notifications/request-news.js";

export async function notifyQuoteReceived(
  payload: JobPayload<"notify-quote-received">,
  context: JobContext,
): Promise<
  ReturnType<typeof settleNotifications> | { skipped: "not_found" | "revision_moved" | "not_a_quote" }
> {
  const subject = await notificationSubjectRepository.findQuoteSubject(context.db, payload.responseId);
  if (!subject) return { skipped: "not_found" };
  const { response, request } = subject;
  // A later revision queued its own notification, which tells the same news with the current figures.
  if (response.revision !== payload.revision) return { skipped: "revision_moved" };
  if (response.kind !== "quote" || response.unitPriceAmount === null || response.currency === null) {
    return { skipped: "not_a_quote" };
  }
  const recipients = await notificationRecipientRepository.listOrganizationRecipients(
    context.db,
    request.organizationId,
  );
  for (const recipient of recipients) {
    await context.db.transaction((tx) =>
      notificationLedger.ensureNotificationDelivery(tx, {
        dedupeKey: `quote_received:${response.id}:r${response.revision}:${recipient.userId}`,
        userId: recipient.userId,
        kind: "quote_received",
        subjectId: response.id,
        requestId: request.id,
      }),
    );
  }
  return settleNotifications(
    await tellRequestNews(context, { requestId: request.id, recipients, reader: { side: "buyer" } }),
  );
}
