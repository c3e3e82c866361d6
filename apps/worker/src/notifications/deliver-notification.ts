// One immediate notification to one person, through the notification ledger: recorded `skipped` when they did not
// opt in (or have no verified address), otherwise sent at most once, with a one-click link that turns immediate
// notifications off.
import { type NotificationKind, type NotificationRecipient, notificationLedger } from "@ketnoi/db";
import {
  notificationMessageId,
  type RenderedMessage,
  signUnsubscribeToken,
  subscriptionEmail,
} from "@ketnoi/email";
import type { JobContext } from "../job-context.js";
import { sendOnce } from "./send-once.js";

/** `held`: paced, it goes out with the next email about the same request (see quote-news.ts). */
export type NotificationOutcome = "sent" | "skipped" | "finished" | "failed" | "retry" | "held";

export async function deliverNotification(
  context: JobContext,
  input: {
    kind: NotificationKind;
    /** Unique per event and recipient, e.g. `quote_received:<responseId>:r2:<userId>`. */
    dedupeKey: string;
    subjectId: string;
    /** The request the event happened on. */
    requestId: string;
    recipient: NotificationRecipient;
    /** SMTP attempts before the row is `failed`: the job's own retry budget. */
    maxAttempts: number;
    /**
     * The setting that lets it out, which its unsubscribe link turns off: immediate notifications (opt-in) by
     * default; request alerts (on unless turned off) for news a supplier acts on, like an invitation to quote.
     */
    setting?: "immediate" | "alerts";
    render(unsubscribeUrl: string): RenderedMessage;
  },
): Promise<NotificationOutcome> {
  const { recipient } = input;
  const row = await context.db.transaction((tx) =>
    notificationLedger.ensureNotificationDelivery(tx, {
      dedupeKey: input.dedupeKey,
      userId: recipient.userId,
      kind: input.kind,
      subjectId: input.subjectId,
      requestId: input.requestId,
    }),
  );
  if (row.status !== "planned") return "finished";
  const setting = input.setting ?? "immediate";
  const wanted = setting === "alerts" ? recipient.requestAlerts : recipient.immediate;
  if (!wanted || !recipient.emailVerified) {
    const offReason = setting === "alerts" ? "alerts_off" : "immediate_off";
    await context.db.transaction((tx) =>
      notificationLedger.markNotificationSkipped(
        tx,
        row.id,
        recipient.emailVerified ? offReason : "no_verified_email",
      ),
    );
    return "skipped";
  }
  const unsubscribeUrl = context.links.unsubscribe(
    signUnsubscribeToken(context.notifications.linkSecret, { userId: recipient.userId, scope: setting }),
    recipient.language,
  );
  const email = input.render(unsubscribeUrl);
  const messageId = notificationMessageId(input.dedupeKey, context.notifications.messageIdDomain);
  const result = await sendOnce(context.db, {
    lock: (tx) => notificationLedger.lockNotificationDelivery(tx, row.id),
    send: () =>
      context.mailer.send(
        subscriptionEmail({ to: recipient.email, content: email, messageId, unsubscribeUrl }),
      ),
    markSent: (tx) => notificationLedger.markNotificationSent(tx, row.id, { messageId, at: context.now() }),
    recordFailure: (tx, failure) =>
      notificationLedger.recordNotificationFailure(tx, row.id, {
        error: failure.detail,
        permanent: failure.permanent,
        maxAttempts: input.maxAttempts,
      }),
  });
  if (result.outcome === "sent") return "sent";
  if (result.outcome === "finished") return "finished";
  return result.status === "failed" ? "failed" : "retry";
}

/** Counts outcomes; throws when some recipient needs another attempt, so the job retries (the ledger skips the rest). */
export function settleNotifications(outcomes: NotificationOutcome[]): Record<NotificationOutcome, number> {
  const counts: Record<NotificationOutcome, number> = {
    sent: 0,
    skipped: 0,
    finished: 0,
    failed: 0,
    retry: 0,
    held: 0,
  };
  for (const outcome of outcomes) counts[outcome]++;
  if (counts.retry > 0) throw new Error(`${counts.retry} notification(s) not sent yet; retrying`);
  return counts;
}
