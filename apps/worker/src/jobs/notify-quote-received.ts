// Tells the buyer's members who opted in that a supplier quoted (or revised its quote) on one of their requests.
// Each member's email goes through the notification ledger, keyed by response, revision and member, so a retried
// or duplicated job tells nobody twice.
import { notificationRecipientRepository, notificationSubjectRepository } from "@ketnoi/db";
import { type JobPayload, jobCatalog } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";
import {
  deliverNotification,
  type NotificationOutcome,
  settleNotifications,
} from "../notifications/deliver-notification.js";

const maxAttempts = jobCatalog["notify-quote-received"].options.attempts;

export async function notifyQuoteReceived(
  payload: JobPayload<"notify-quote-received">,
  context: JobContext,
): Promise<
  ReturnType<typeof settleNotifications> | { skipped: "not_found" | "revision_moved" | "not_a_quote" }
> {
  const subject = await notificationSubjectRepository.findQuoteSubject(context.db, payload.responseId);
  if (!subject) return { skipped: "not_found" };
  const { response, request } = subject;
  // A later revision queued its own notification; telling about this one now would show stale figures.
  if (response.revision !== payload.revision) return { skipped: "revision_moved" };
  if (response.kind !== "quote" || response.unitPriceAmount === null || response.currency === null) {
    return { skipped: "not_a_quote" };
  }
  const unitPrice = { amount: response.unitPriceAmount, currency: response.currency };
  const recipients = await notificationRecipientRepository.listOrganizationRecipients(
    context.db,
    request.organizationId,
  );
  const outcomes: NotificationOutcome[] = [];
  for (const recipient of recipients) {
    outcomes.push(
      await deliverNotification(context, {
        kind: "quote_received",
        dedupeKey: `quote_received:${response.id}:r${response.revision}:${recipient.userId}`,
        subjectId: response.id,
        recipient,
        maxAttempts,
        render: (unsubscribeUrl) =>
          context.templates.quoteReceived({
            recipient: { name: recipient.name, language: recipient.language },
            links: context.links,
            unsubscribeUrl,
            request: { id: request.id, title: request.title, quantityUnit: request.quantityUnit },
            quote: {
              supplierName: subject.supplierName,
              unitPrice,
              leadTimeDays: response.leadTimeDays,
              validUntil: response.validUntil,
              revision: response.revision,
            },
            explanation: subject.explanation,
          }),
      }),
    );
  }
  return settleNotifications(outcomes);
}
