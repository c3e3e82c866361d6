// Sends one recipient's digest for one week, following the ledger: a finished row is left alone; a planned one is
// skipped when there is nothing new (or the person opted out since planning), else rendered and sent once.
import { digestActivityRepository, digestLedger } from "@ketnoi/db";
import { selectDigest } from "@ketnoi/domain";
import { digestMessageId, signUnsubscribeToken, subscriptionEmail } from "@ketnoi/email";
import type { JobPayload } from "@ketnoi/jobs";
import { UnrecoverableError } from "bullmq";
import type { JobContext } from "../job-context.js";
import { sendOnce } from "../notifications/send-once.js";

export type SendDigestResult =
  | { status: "sent"; items: number }
  | { status: "skipped"; reason: "nothing_new" | "digest_off" | "no_verified_email" }
  | { status: "already_finished" | "not_planned" };

export async function sendWeeklyDigest(
  payload: JobPayload<"send-weekly-digest">,
  context: JobContext,
): Promise<SendDigestResult> {
  const { db, notifications: settings } = context;
  const found = await digestLedger.findDigestDelivery(db, payload.userId, payload.weekKey);
  if (!found) return { status: "not_planned" };
  const { delivery, recipient } = found;
  if (delivery.status !== "planned") return { status: "already_finished" };
  if (recipient.emailVerifiedAt === null) {
    await db.transaction((tx) =>
      digestLedger.markDigestSkipped(tx, delivery.id, { reason: "no_verified_email", itemCount: 0 }),
    );
    return { status: "skipped", reason: "no_verified_email" };
  }
  if (found.digest === "off") {
    await db.transaction((tx) =>
      digestLedger.markDigestSkipped(tx, delivery.id, { reason: "digest_off", itemCount: 0 }),
    );
    return { status: "skipped", reason: "digest_off" };
  }

  const window = { since: delivery.windowStart, until: delivery.windowEnd };
  const activity = await digestActivityRepository.loadDigestActivity(db, payload.userId, window);
  const selection = selectDigest(activity, window);
  if (!selection.hasNews) {
    await db.transaction((tx) =>
      digestLedger.markDigestSkipped(tx, delivery.id, { reason: "nothing_new", itemCount: 0 }),
    );
    return { status: "skipped", reason: "nothing_new" };
  }

  const unsubscribeUrl = context.links.unsubscribe(
    signUnsubscribeToken(settings.linkSecret, { userId: payload.userId, scope: "digest" }),
    recipient.language,
  );
  const email = context.templates.digest({
    recipient: { name: recipient.name, language: recipient.language },
    selection,
    window,
    links: context.links,
    unsubscribeUrl,
  });
  const messageId = digestMessageId(payload.weekKey, payload.userId, settings.messageIdDomain);
  const result = await sendOnce(db, {
    lock: (tx) => digestLedger.lockDigestDelivery(tx, delivery.id),
    send: () =>
      context.mailer.send(
        subscriptionEmail({ to: recipient.email, content: email, messageId, unsubscribeUrl }),
      ),
    markSent: (tx) =>
      digestLedger.markDigestSent(tx, delivery.id, {
        messageId,
        itemCount: selection.itemCount,
        at: context.now(),
      }),
    recordFailure: (tx, failure) =>
      digestLedger.recordDigestFailure(tx, delivery.id, {
        error: failure.detail,
        permanent: failure.permanent,
        maxAttempts: settings.digestRetry.attempts,
      }),
  });
  if (result.outcome === "finished") return { status: "already_finished" };
  if (result.outcome === "failed") {
    // `failed` in the ledger is final for this run: stop BullMQ's retries. Otherwise let it back off and retry.
    if (result.status === "failed")
      throw new UnrecoverableError(`digest not sent: ${result.failure.summary}`);
    throw new Error(`digest not sent, will retry: ${result.failure.summary}`);
  }
  return { status: "sent", items: selection.itemCount };
}
