// Same-day alerts to a supplier's people when new requests match it. Each matched request is a ledger row per
// person (`request_matched`, keyed by request, supplier and person: told once, whatever reruns). The first alert
// leaves at once; what matches in the hour after an alert waits for the hour's end and goes out as one more email;
// quiet hours hold an alert until they end (`nextAlertDue` in @ketnoi/domain). Deciding and sending happen under a
// lock per person and supplier, so matches arriving together make one email, as quote news does per request.
import {
  type NotificationRecipient,
  notificationLedger,
  notificationRecipientRepository,
  notificationSubjectRepository,
} from "@ketnoi/db";
import { nextAlertDue } from "@ketnoi/domain";
import { jobCatalog } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";
import { type NotificationOutcome, settleNotifications } from "./deliver-notification.js";
import { deliverPaced, type PacedOutcome } from "./paced-delivery.js";

const requestAlertAttempts = jobCatalog["send-request-alerts"].options.attempts;

export interface AlertedSupplier {
  id: string;
  name: string;
}

/** Sends the person what is planned for them about the supplier, unless it must wait. */
export async function deliverRequestAlerts(
  context: JobContext,
  input: { supplier: AlertedSupplier; recipient: NotificationRecipient },
): Promise<PacedOutcome> {
  const { supplier, recipient } = input;
  return deliverPaced(context, {
    userId: recipient.userId,
    email: recipient.email,
    language: recipient.language,
    lock: (tx) => notificationLedger.lockSupplierAlerts(tx, supplier.id, recipient.userId),
    pending: (tx) =>
      notificationLedger.pendingSupplierAlerts(tx, { supplierId: supplier.id, userId: recipient.userId }),
    refusal: !recipient.emailVerified ? "no_verified_email" : recipient.requestAlerts ? null : "alerts_off",
    dueAt: async (tx, now) =>
      nextAlertDue({
        now,
        lastSentAt: await notificationLedger.lastAlertSentAt(tx, supplier.id, recipient.userId),
        quietHours: recipient.quietHours,
        gatherMs: context.notifications.alertGatherMs,
      }),
    unsubscribeScope: "alerts",
    maxAttempts: requestAlertAttempts,
    compose: async (tx, pending, unsubscribeUrl) => {
      const requests = await notificationSubjectRepository.findMatchedRequestSubjects(
        tx,
        supplier.id,
        [...new Set(pending.map((row) => row.requestId as string))],
        context.now(),
      );
      const stillOpen = new Set(requests.map((request) => request.id));
      // A request closed, awarded or no longer matching before the alert went out is no news.
      await notificationLedger.markNotificationsSkipped(
        tx,
        pending.filter((row) => !stillOpen.has(row.requestId as string)).map((row) => row.id),
        "no_longer_open",
      );
      const carried = pending.filter((row) => stillOpen.has(row.requestId as string));
      if (carried.length === 0) return null;
      const content = context.templates.requestAlert({
        recipient: { name: recipient.name, language: recipient.language },
        links: context.links,
        unsubscribeUrl,
        supplier,
        requests: requests.map((request) => ({
          id: request.id,
          title: request.title,
          quantity: request.quantity,
          province: request.province,
          neededBy: request.neededBy,
          quoteDeadline: request.quoteDeadline,
          explanation: request.explanation,
        })),
      });
      return { carried, content };
    },
  });
}

/** Queues the alert for its due time; one job per person, supplier and due time, however many matches wait. */
export async function scheduleRequestAlerts(
  context: JobContext,
  input: { supplierId: string; userId: string; dueAt: Date },
): Promise<void> {
  await context.queues.enqueue(
    "send-request-alerts",
    { supplierId: input.supplierId, userId: input.userId, dueAt: input.dueAt.toISOString() },
    { delay: Math.max(0, input.dueAt.getTime() - context.now().getTime()) },
  );
}

/**
 * Plans an alert row per person of the supplier for each request, then sends (or schedules) each person's alert.
 * Unclaimed and paused suppliers hear nothing.
 */
export async function alertSupplierOfRequests(
  context: JobContext,
  supplierId: string,
  requestIds: readonly string[],
): Promise<ReturnType<typeof settleNotifications> | { skipped: "no_supplier" | "paused" | "no_people" }> {
  const { supplier, recipients } = await notificationRecipientRepository.listSupplierRecipients(
    context.db,
    supplierId,
  );
  if (!supplier) return { skipped: "no_supplier" };
  if (supplier.status !== "active") return { skipped: "paused" };
  if (recipients.length === 0) return { skipped: "no_people" };
  await context.db.transaction((tx) =>
    notificationLedger.planRequestMatchedAlerts(tx, {
      supplierId,
      userIds: recipients.map((recipient) => recipient.userId),
      requestIds,
    }),
  );
  const outcomes: NotificationOutcome[] = [];
  for (const recipient of recipients) {
    const result = await deliverRequestAlerts(context, {
      supplier: { id: supplier.id, name: supplier.name },
      recipient,
    });
    if (result.outcome === "held") {
      await scheduleRequestAlerts(context, { supplierId, userId: recipient.userId, dueAt: result.dueAt });
    }
    outcomes.push(result.outcome);
  }
  return settleNotifications(outcomes);
}
