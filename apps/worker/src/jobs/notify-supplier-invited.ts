// Tells the people of an invited supplier that a buyer asked it to quote, at once (not paced like match alerts:
// the buyer chose this supplier). Ledgered per invitation and person, so a retried job tells nobody twice; people
// who turned request alerts off are left out.
import {
  accountRepository,
  notificationRecipientRepository,
  requestInvitationRepository,
  sourcingRequestRepository,
  supplierRepository,
} from "@ketnoi/db";
import { type JobPayload, jobCatalog } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";
import {
  deliverNotification,
  type NotificationOutcome,
  settleNotifications,
} from "../notifications/deliver-notification.js";

const maxAttempts = jobCatalog["notify-supplier-invited"].options.attempts;

export async function notifySupplierInvited(
  payload: JobPayload<"notify-supplier-invited">,
  context: JobContext,
): Promise<ReturnType<typeof settleNotifications> | { skipped: "not_found" | "not_open" }> {
  const invitation = await requestInvitationRepository.findInvitationById(context.db, payload.invitationId);
  if (!invitation) return { skipped: "not_found" };
  const [request, supplier] = await Promise.all([
    sourcingRequestRepository.findSourcingRequestById(context.db, invitation.requestId),
    supplierRepository.findSupplierById(context.db, invitation.supplierId),
  ]);
  if (!request || !supplier?.organizationId) return { skipped: "not_found" };
  // Closed or hidden since: the invitation would lead to a request the supplier can no longer answer.
  if (request.status !== "open" || request.hiddenAt !== null) return { skipped: "not_open" };
  const buyer = request.showBuyerName
    ? await accountRepository.findOrganization(context.db, request.organizationId)
    : undefined;
  const recipients = await notificationRecipientRepository.listOrganizationRecipients(
    context.db,
    supplier.organizationId,
  );
  const outcomes: NotificationOutcome[] = [];
  for (const recipient of recipients) {
    outcomes.push(
      await deliverNotification(context, {
        kind: "request_invited",
        dedupeKey: `request_invited:${invitation.id}:${recipient.userId}`,
        subjectId: invitation.id,
        requestId: request.id,
        recipient,
        maxAttempts,
        setting: "alerts",
        render: (unsubscribeUrl) =>
          context.templates.requestInvitation({
            recipient: { name: recipient.name, language: recipient.language },
            links: context.links,
            unsubscribeUrl,
            supplier: { id: supplier.id, name: supplier.tradeName ?? supplier.legalName },
            request: {
              id: request.id,
              title: request.title,
              quantity: request.quantity,
              neededBy: request.neededBy,
              quoteDeadline: request.quoteDeadline,
            },
            buyerName: buyer?.name ?? null,
          }),
      }),
    );
  }
  return settleNotifications(outcomes);
}
