// The buyer's emails about the quotes on one request, per person. The first leaves at once; what happens on the
// request in the pause after an email (15 minutes) waits for the pause to end and goes out as one more email, so a
// supplier revising ten times in a minute costs the buyer two emails, not eleven. Every event keeps its ledger row,
// `planned` until an email carries it; one email carries all the person's planned rows on the request, and they
// share its Message-ID. Deciding and sending happen under a lock per person and request, so events arriving
// together make one email.
import {
  type NotificationDelivery,
  type NotificationRecipient,
  notificationLedger,
  notificationSubjectRepository,
  type QuoteSubject,
} from "@ketnoi/db";
import { notificationMessageId, signUnsubscribeToken, subscriptionEmail } from "@ketnoi/email";
import { jobCatalog } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";
import type { NotificationOutcome } from "./deliver-notification.js";
import { describeSmtpFailure } from "./smtp-failure.js";

/** A delayed job may be promoted a moment before its time; that close to the end of the pause counts as due. */
const dueToleranceMs = 1000;

export type QuoteNewsOutcome =
  | { outcome: Exclude<NotificationOutcome, "held"> }
  /** The person was emailed about the request less than a pause ago: the news waits until `dueAt`. */
  | { outcome: "held"; dueAt: Date };

/** When the next email about a request may leave: at once, or at the end of the pause after the last one. */
function nextEmailDue(lastSentAt: Date | null, now: Date, gatherMs: number): Date {
  if (lastSentAt === null) return now;
  const end = new Date(lastSentAt.getTime() + gatherMs);
  return end.getTime() > now.getTime() ? end : now;
}

/** Sends the person what is planned for them on the request, unless it must wait for the pause to end. */
export async function deliverQuoteNews(
  context: JobContext,
  input: { requestId: string; recipient: NotificationRecipient; maxAttempts: number },
): Promise<QuoteNewsOutcome> {
  const { requestId, recipient } = input;
  return context.db.transaction(async (tx) => {
    await notificationLedger.lockRequestNotifications(tx, requestId, recipient.userId);
    const pending = await notificationLedger.pendingRequestNotifications(tx, {
      requestId,
      userId: recipient.userId,
      kind: "quote_received",
    });
    if (pending.length === 0) return { outcome: "finished" };
    const ids = pending.map((row) => row.id);
    if (!recipient.immediate || !recipient.emailVerified) {
      const reason = recipient.emailVerified ? "immediate_off" : "no_verified_email";
      await notificationLedger.markNotificationsSkipped(tx, ids, reason);
      return { outcome: "skipped" };
    }
    const now = context.now();
    const lastSentAt = await notificationLedger.lastSentAbout(tx, requestId, recipient.userId);
    const dueAt = nextEmailDue(lastSentAt, now, context.notifications.gatherMs);
    if (dueAt.getTime() - now.getTime() > dueToleranceMs) return { outcome: "held", dueAt };

    const responseIds = [...new Set(pending.map((row) => row.subjectId))];
    const subjects = await notificationSubjectRepository.findQuoteSubjects(tx, responseIds);
    const quotes = subjects.filter(isQuote);
    const quoted = new Set(quotes.map((subject) => subject.response.id));
    // A quote withdrawn (declined) before anyone was told of it is no news.
    const withdrawn = pending.filter((row) => !quoted.has(row.subjectId)).map((row) => row.id);
    await notificationLedger.markNotificationsSkipped(tx, withdrawn, "withdrawn");
    const carried = pending.filter((row) => quoted.has(row.subjectId));
    const [first] = quotes;
    if (!first) return { outcome: "skipped" };

    const told = await notificationLedger.subjectsToldTo(tx, recipient.userId, [...quoted]);
    const unsubscribeUrl = context.links.unsubscribe(
      signUnsubscribeToken(context.notifications.linkSecret, {
        userId: recipient.userId,
        scope: "immediate",
      }),
      recipient.language,
    );
    const content = context.templates.quoteNews({
      recipient: { name: recipient.name, language: recipient.language },
      links: context.links,
      unsubscribeUrl,
      request: { id: first.request.id, title: first.request.title, quantityUnit: first.request.quantityUnit },
      quotes: quotes.map((subject) => ({
        supplierName: subject.supplierName,
        unitPrice: {
          amount: subject.response.unitPriceAmount as number,
          currency: subject.response.currency as string,
        },
        leadTimeDays: subject.response.leadTimeDays,
        validUntil: subject.response.validUntil,
        revision: subject.response.revision,
        revised: told.has(subject.response.id),
        explanation: subject.explanation,
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
        maxAttempts: input.maxAttempts,
      });
      return { outcome: statuses.includes("planned") ? "retry" : "failed" };
    }
    await notificationLedger.markNotificationsSent(tx, carriedIds, { messageId, at: now });
    return { outcome: "sent" };
  });
}

/** Queues the email at the end of the pause; one job per person, request and pause, however many events wait. */
export async function scheduleQuoteNews(
  context: JobContext,
  input: { requestId: string; userId: string; dueAt: Date },
): Promise<void> {
  await context.queues.enqueue(
    "notify-quote-news",
    { requestId: input.requestId, userId: input.userId, dueAt: input.dueAt.toISOString() },
    { delay: Math.max(0, input.dueAt.getTime() - context.now().getTime()) },
  );
}

export const quoteNewsAttempts = jobCatalog["notify-quote-news"].options.attempts;

function isQuote(subject: QuoteSubject): boolean {
  const { response } = subject;
  return response.kind === "quote" && response.unitPriceAmount !== null && response.currency !== null;
}

/**
 * The email's ledger identity, for its deterministic Message-ID: the first event's key, and how many more it
 * carries. A resend of the same email (after a crash) gets the same id.
 */
function emailKey(rows: NotificationDelivery[]): string {
  const [first] = rows;
  if (!first) throw new Error("an email carries at least one event");
  return rows.length === 1 ? first.dedupeKey : `${first.dedupeKey}.and${rows.length - 1}`;
}
