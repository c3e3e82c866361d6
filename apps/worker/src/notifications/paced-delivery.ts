// The paced email step that request news (quotes and messages) and same-day alerts share: under a lock per person
// and topic, take the person's planned ledger rows, skip them all if the person opted out, hold them while the
// pause after the last email lasts, otherwise let the caller compose one email from them and send it, recording
// each row sent (sharing the email's Message-ID), skipped, or failed (its attempt counted).
import type { DeliverySkipReason, NotificationDelivery, Transaction } from "@ketnoi/db";
import { notificationLedger } from "@ketnoi/db";
import type { Language } from "@ketnoi/domain";
import {
  notificationMessageId,
  type RenderedMessage,
  signUnsubscribeToken,
  subscriptionEmail,
} from "@ketnoi/email";
import type { JobContext } from "../job-context.js";
import type { NotificationOutcome } from "./deliver-notification.js";
import { describeSmtpFailure } from "./smtp-failure.js";

/** A delayed job may be promoted a moment before its time; that close to the due time counts as due. */
const dueToleranceMs = 1000;

export type PacedOutcome =
  | { outcome: Exclude<NotificationOutcome, "held"> }
  /** An email on the topic left less than a pause ago (or it is quiet time): the rows wait until `dueAt`. */
  | { outcome: "held"; dueAt: Date };

interface PacedEmail {
  /** The rows the email tells of; the other pending rows the composer has marked skipped itself. */
  carried: NotificationDelivery[];
  content: RenderedMessage;
}

export interface PacedDelivery {
  userId: string;
  email: string;
  language: Language;
  /** Serialises deciding and sending on the topic for the person until the transaction ends. */
  lock(tx: Transaction): Promise<void>;
  /** The person's planned rows on the topic, oldest first, locked. */
  pending(tx: Transaction): Promise<NotificationDelivery[]>;
  /** Why the person hears nothing of it (opted out, no verified address), or null. */
  refusal: DeliverySkipReason | null;
  /** When the next email on the topic may leave, given now. */
  dueAt(tx: Transaction, now: Date): Promise<Date>;
  /** What the unsubscribe link in the email turns off. */
  unsubscribeScope: "immediate" | "alerts";
  /** The email for the pending rows, or null when none of them is news any more (all marked skipped). */
  compose(
    tx: Transaction,
    pending: NotificationDelivery[],
    unsubscribeUrl: string,
  ): Promise<PacedEmail | null>;
  /** SMTP attempts before the rows are `failed`: the job's retry budget. */
  maxAttempts: number;
}

/** Sends what is planned for the person on the topic as one email, unless it must wait for the pause to end. */
export async function deliverPaced(context: JobContext, delivery: PacedDelivery): Promise<PacedOutcome> {
  return context.db.transaction(async (tx) => {
    await delivery.lock(tx);
    const pending = await delivery.pending(tx);
    if (pending.length === 0) return { outcome: "finished" };
    if (delivery.refusal !== null) {
      await notificationLedger.markNotificationsSkipped(
        tx,
        pending.map((row) => row.id),
        delivery.refusal,
      );
      return { outcome: "skipped" };
    }
    const now = context.now();
    const dueAt = await delivery.dueAt(tx, now);
    if (dueAt.getTime() - now.getTime() > dueToleranceMs) return { outcome: "held", dueAt };

    const unsubscribeUrl = context.links.unsubscribe(
      signUnsubscribeToken(context.notifications.linkSecret, {
        userId: delivery.userId,
        scope: delivery.unsubscribeScope,
      }),
      delivery.language,
    );
    const email = await delivery.compose(tx, pending, unsubscribeUrl);
    if (!email || email.carried.length === 0) return { outcome: "skipped" };
    const messageId = notificationMessageId(emailKey(email.carried), context.notifications.messageIdDomain);
    const carriedIds = email.carried.map((row) => row.id);
    try {
      await context.mailer.send(
        subscriptionEmail({ to: delivery.email, content: email.content, messageId, unsubscribeUrl }),
      );
    } catch (error) {
      const failure = describeSmtpFailure(error);
      // Committed with the transaction: the attempt counts even though the job will throw.
      const statuses = await notificationLedger.recordNotificationsFailure(tx, carriedIds, {
        error: failure.detail,
        permanent: failure.permanent,
        maxAttempts: delivery.maxAttempts,
      });
      return { outcome: statuses.includes("planned") ? "retry" : "failed" };
    }
    await notificationLedger.markNotificationsSent(tx, carriedIds, { messageId, at: now });
    return { outcome: "sent" };
  });
}

/** When the next email may leave after one sent at `lastSentAt`: at once, or at the end of the pause. */
export function afterPause(lastSentAt: Date | null, now: Date, pauseMs: number): Date {
  if (lastSentAt === null) return now;
  const end = new Date(lastSentAt.getTime() + pauseMs);
  return end.getTime() > now.getTime() ? end : now;
}

/**
 * The email's ledger identity, for its deterministic Message-ID: the first row's key and how many more it carries.
 * A resend of the same email (after a crash) gets the same id.
 */
function emailKey(rows: NotificationDelivery[]): string {
  const [first] = rows;
  if (!first) throw new Error("an email carries at least one event");
  return rows.length === 1 ? first.dedupeKey : `${first.dedupeKey}.and${rows.length - 1}`;
}
