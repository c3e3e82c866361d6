// Same-day alerts to a supplier's people when new requests match it. Each matched request is a ledger row per
// person (`request_matched`, keyed by request, supplier and person: told once, whatever reruns). The first alert
// leaves at once; what matches in the hour after an alert waits for the hour's end and goes out as one more email;
// quiet hours hold an alert until they end (`nextAlertDue` in @ketnoi/domain). Deciding and sending happen under a
// lock per person and supplier, so matches arriving together make one email, as quote news does per request.
import {
  type NotificationDelivery,
  type NotificationRecipient,
  notificationLedger,
  notificationRecipientRepository,
  notificationSubjectRepository,
} from "@ketnoi/db";
import { nextAlertDue } from "@ketnoi/domain";
import { notificationMessageId, signUnsubscribeToken, subscriptionEmail } from "@ketnoi/email";
import { jobCatalog } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";
import { type NotificationOutcome, settleNotifications } from "./deliver-notification.js";
import { describeSmtpFailure } from "./smtp-failure.js";

/** A delayed job may be promoted a moment before its time; that close to the due time counts as due. */
const dueToleranceMs = 1000;

const requestAlertAttempts = jobCatalog["send-request-alerts"].options.attempts;

export type RequestAlertOutcome =
  | { outcome: Exclude<NotificationOutcome, "held"> }
  /** An alert about the supplier went out less than an hour ago, or it is quiet time: the alert waits. */
  | { outcome: "held"; dueAt: Date };

export interface AlertedSupplier {
  id: string;
  name: string;
}

/** Sends the person what is planned for them about the supplier, unless it must wait. */
export async function deliverRequestAlerts(
  context: JobContext,
  input: { supplier: AlertedSupplier; recipient: NotificationRecipient },
): Promise<RequestAlertOutcome> {
  const { supplier, recipient } = input;
  return context.db.transaction(async (tx) => {
    await notificationLedger.lockSupplierAlerts(tx, supplier.id, recipient.userId);
    const pending = await notificationLedger.pendingSupplierAlerts(tx, {
      supplierId: supplier.id,
      userId: recipient.userId,
    });
    if (pending.length === 0) return { outcome: "finished" };
    if (!recipient.requestAlerts || !recipient.emailVerified) {
      const reason = recipient.emailVerified ? "alerts_off" : "no_verified_email";
      await notificationLedger.markNotificationsSkipped(
        tx,
        pending.map((row) => row.id),
        reason,
      );
      return { outcome: "skipped" };
    }
    const now = context.now();
    const lastSentAt = await notificationLedger.lastAlertSentAt(tx, supplier.id, recipient.userId);
    const dueAt = nextAlertDue({
      now,
      lastSentAt,
      quietHours: recipient.quietHours,
      gatherMs: context.notifications.alertGatherMs,
    });
    if (dueAt.getTime() - now.getTime() > dueToleranceMs) return { outcome: "held", dueAt };

    const requests = await notificationSubjectRepository.findMatchedRequestSubjects(
      tx,
      supplier.id,
      [...new Set(pending.map((row) => row.requestId as string))],
      now,
    );
    const stillOpen = new Set(requests.map((request) => request.id));
    // A request closed, awarded or no longer matching before the alert went out is no news.
    await notificationLedger.markNotificationsSkipped(
      tx,
      pending.filter((row) => !stillOpen.has(row.requestId as string)).map((row) => row.id),
      "no_longer_open",
    );
    const carried = pending.filter((row) => stillOpen.has(row.requestId as string));
    if (carried.length === 0) return { outcome: "skipped" };

    const unsubscribeUrl = context.links.unsubscribe(
      signUnsubscribeToken(context.notifications.linkSecret, { userId: recipient.userId, scope: "alerts" }),
      recipient.language,
    );
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
    const messageId = notificationMessageId(emailKey(carried), context.notifications.messageIdDomain);
    const carriedIds = carried.map((row) => row.id);
    try {
      await context.mailer.send(
        subscriptionEmail({ to: recipient.email, content, messageId, unsubscribeUrl }),
      );
    } catch (error) {
      const failure = describeSmtpFailure(error);
      // Committed with the transaction: the attempt counts even though the job will throw.
      const statuses = await notificationLedger.recordNotificationsFailure(tx, carriedIds, {
        error: failure.detail,
        permanent: failure.permanent,
        maxAttempts: requestAlertAttempts,
      });
      return { outcome: statuses.includes("planned") ? "retry" : "failed" };
    }
    await notificationLedger.markNotificationsSent(tx, carriedIds, { messageId, at: now });
    return { outcome: "sent" };
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

/**
 * The email's ledger identity, for its deterministic Message-ID: the first row's key and how many more it carries.
 * A resend of the same email (after a crash) gets the same id.
 */
function emailKey(rows: NotificationDelivery[]): string {
  const [first] = rows;
  if (!first) throw new Error("an alert carries at least one request");
  return rows.length === 1 ? first.dedupeKey : `${first.dedupeKey}.and${rows.length - 1}`;
}
