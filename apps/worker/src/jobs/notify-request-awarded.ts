// Tells the members (who opted in) of every supplier that quoted on an awarded request how it went: the winner
// that it won, the others that the buyer chose someone else, so they stop holding capacity for it. Ledgered per
// quote and member, so a retried job tells nobody twice.
import {
  notificationRecipientRepository,
  notificationSubjectRepository,
  sourcingRequestRepository,
} from "@ketnoi/db";
import { type JobPayload, jobCatalog } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";
import {
  deliverNotification,
  type NotificationOutcome,
  settleNotifications,
} from "../notifications/deliver-notification.js";

const maxAttempts = jobCatalog["notify-request-awarded"].options.attempts;

export async function notifyRequestAwarded(
  payload: JobPayload<"notify-request-awarded">,
  context: JobContext,
): Promise<ReturnType<typeof settleNotifications> | { skipped: "not_awarded" }> {
  const request = await sourcingRequestRepository.findSourcingRequestById(context.db, payload.requestId);
  if (request?.status !== "awarded") return { skipped: "not_awarded" };
  const quotes = await notificationSubjectRepository.listQuotingSuppliers(context.db, request.id);
  const outcomes: NotificationOutcome[] = [];
  for (const quote of quotes) {
    // Imported profiles nobody has claimed yet have no members to tell.
    if (!quote.supplierOrganizationId) continue;
    const awarded = quote.responseId === request.awardedResponseId;
    const recipients = await notificationRecipientRepository.listOrganizationRecipients(
      context.db,
      quote.supplierOrganizationId,
    );
    for (const recipient of recipients) {
      outcomes.push(
        await deliverNotification(context, {
          kind: "request_awarded",
          dedupeKey: `request_awarded:${request.id}:${quote.responseId}:${recipient.userId}`,
          subjectId: request.id,
          requestId: request.id,
          recipient,
          maxAttempts,
          render: (unsubscribeUrl) =>
            context.templates.quoteOutcome({
              recipient: { name: recipient.name, language: recipient.language },
              links: context.links,
              unsubscribeUrl,
              request: { id: request.id, title: request.title },
              awarded,
              // The reason is for the others; the winner reads its own award on the request page.
              reason: awarded ? "" : request.awardReason,
            }),
        }),
      );
    }
  }
  return settleNotifications(outcomes);
}
