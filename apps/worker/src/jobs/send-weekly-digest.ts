// Sends one recipient's digest for one week, following the ledger: a finished row is left alone; a planned one is
// skipped when there is nothing new (or the person opted out since planning), else rendered and sent once.
// The weekly run queues batches instead (send-weekly-digest-batch.ts), which follow the same ledger with a fixed
// number of round trips per batch and per send wave; this job stays for sends queued one by one.
import { type DigestDeliveryWithRecipient, digestActivityRepository, digestLedger } from "@ketnoi/db";
import type { DigestSelection } from "@ketnoi/domain";
import { selectDigest } from "@ketnoi/domain";
import { digestMessageId, type OutgoingEmail, signUnsubscribeToken, subscriptionEmail } from "@ketnoi/email";
import type { JobPayload } from "@ketnoi/jobs";
import { UnrecoverableError } from "bullmq";
import type { JobContext } from "../job-context.js";
import { sendOnce } from "../notifications/send-once.js";

export type SendDigestResult =
  | { status: "sent"; items: number }
  | { status: "skipped"; reason: "nothing_new" | "digest_off" | "no_verified_email" }
  | { status: "already_finished" | "not_planned" }
  /** The SMTP server refused: `final` when the ledger row is `failed` for good, else it waits for a retry. */
  | { status: "failed"; final: boolean; summary: string };

export interface ReadyDigest {
  /** The ledger row. */
  id: string;
  email: OutgoingEmail;
  messageId: string;
  itemCount: number;
}

/** The recipient's email for the selection, with its unsubscribe link and deterministic Message-ID. */
export function renderDigest(
  context: JobContext,
  { delivery, recipient }: DigestDeliveryWithRecipient,
  selection: DigestSelection,
): ReadyDigest {
  const { userId, weekKey } = delivery;
  const window = { since: delivery.windowStart, until: delivery.windowEnd };
  const unsubscribeUrl = context.links.unsubscribe(
    signUnsubscribeToken(context.notifications.linkSecret, { userId, scope: "digest" }),
    recipient.language,
  );
  const content = context.templates.digest({
    recipient: { name: recipient.name, language: recipient.language },
    selection,
    window,
    links: context.links,
    unsubscribeUrl,
  });
  const messageId = digestMessageId(weekKey, userId, context.notifications.messageIdDomain);
  return {
    id: delivery.id,
    email: subscriptionEmail({ to: recipient.email, content, messageId, unsubscribeUrl }),
    messageId,
    itemCount: selection.itemCount,
  };
}

/** One recipient's digest from its ledger row (read with the recipient's current address and preferences). */
async function sendDigestFor(
  context: JobContext,
  found: DigestDeliveryWithRecipient,
): Promise<SendDigestResult> {
  const { db, notifications: settings } = context;
  const { delivery, recipient } = found;
  const { userId } = delivery;
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
  const activity = await digestActivityRepository.loadDigestActivity(db, userId, window);
  const selection = selectDigest(activity, window);
  if (!selection.hasNews) {
    await db.transaction((tx) =>
      digestLedger.markDigestSkipped(tx, delivery.id, { reason: "nothing_new", itemCount: 0 }),
    );
    return { status: "skipped", reason: "nothing_new" };
  }

  const ready = renderDigest(context, found, selection);
  // Only so many sends between "accepted by SMTP" and "marked sent" at once in this process (send-slots.ts).
  const result = await context.sendSlots.run(() =>
    sendOnce(db, {
      lock: (tx) => digestLedger.lockDigestDelivery(tx, delivery.id),
      send: () => context.mailer.send(ready.email),
      markSent: (tx) =>
        digestLedger.markDigestSent(tx, delivery.id, {
          messageId: ready.messageId,
          itemCount: selection.itemCount,
          at: context.now(),
        }),
      recordFailure: (tx, failure) =>
        digestLedger.recordDigestFailure(tx, delivery.id, {
          error: failure.detail,
          permanent: failure.permanent,
          maxAttempts: settings.digestRetry.attempts,
        }),
    }),
  );
  if (result.outcome === "finished") return { status: "already_finished" };
  if (result.outcome === "failed") {
    return { status: "failed", final: result.status === "failed", summary: result.failure.summary };
  }
  return { status: "sent", items: selection.itemCount };
}

export async function sendWeeklyDigest(
  payload: JobPayload<"send-weekly-digest">,
  context: JobContext,
): Promise<SendDigestResult> {
  const found = await digestLedger.findDigestDelivery(context.db, payload.userId, payload.weekKey);
  if (!found) return { status: "not_planned" };
  const result = await sendDigestFor(context, found);
  if (result.status === "failed") {
    // `failed` in the ledger is final for this run: stop BullMQ's retries. Otherwise let it back off and retry.
    if (result.final) throw new UnrecoverableError(`digest not sent: ${result.summary}`);
    throw new Error(`digest not sent, will retry: ${result.summary}`);
  }
  return result;
}
