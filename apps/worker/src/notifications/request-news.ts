// One person's emails about one request: new quotes and messages for the buyer's people, the buyer's messages for
// a supplier's people. The first leaves at once; what happens on the request in the pause after an email
// (15 minutes) waits for the pause to end and goes out as one more email, so a supplier revising ten times in a
// minute costs the buyer two emails, not eleven. Every event keeps its ledger row, `planned` until an email
// carries it; one email carries all the person's planned rows on the request (paced-delivery.ts).
import {
  messageThreadRepository,
  type NotificationDelivery,
  type NotificationKind,
  type NotificationRecipient,
  notificationLedger,
  notificationSubjectRepository,
  type QuoteSubject,
  sourcingRequestRepository,
  type Transaction,
} from "@ketnoi/db";
import type { MessageNewsItem } from "@ketnoi/email";
import { jobCatalog } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";
import type { NotificationOutcome } from "./deliver-notification.js";
import { afterPause, deliverPaced, type PacedOutcome } from "./paced-delivery.js";

/** Whose news it is: the buyer's people hear of quotes and suppliers' messages; a supplier's, of the buyer's. */
export type NewsReader = { side: "buyer" } | { side: "supplier"; supplierId: string };

/** The events told as news on a request, paced together. */
const newsKinds: NotificationKind[] = ["quote_received", "message_received"];

const requestNewsAttempts = jobCatalog["notify-quote-news"].options.attempts;

/** Sends the person what is planned for them on the request, unless it must wait for the pause to end. */
export async function deliverRequestNews(
  context: JobContext,
  input: { requestId: string; recipient: NotificationRecipient; reader: NewsReader },
): Promise<PacedOutcome> {
  const { requestId, recipient, reader } = input;
  const kinds: NotificationKind[] =
    reader.side === "buyer" ? ["quote_received", "message_received"] : ["message_received"];
  return deliverPaced(context, {
    userId: recipient.userId,
    email: recipient.email,
    language: recipient.language,
    lock: (tx) => notificationLedger.lockRequestNotifications(tx, requestId, recipient.userId),
    pending: (tx) =>
      notificationLedger.pendingRequestNotifications(tx, { requestId, userId: recipient.userId, kinds }),
    refusal: !recipient.emailVerified ? "no_verified_email" : recipient.immediate ? null : "immediate_off",
    dueAt: async (tx, now) =>
      afterPause(
        // Paced against the news only: a same-day alert about the request does not hold the first message.
        await notificationLedger.lastSentAbout(tx, requestId, recipient.userId, newsKinds),
        now,
        context.notifications.gatherMs,
      ),
    unsubscribeScope: "immediate",
    maxAttempts: requestNewsAttempts,
    compose: (tx, pending, unsubscribeUrl) =>
      composeRequestNews(context, tx, { requestId, recipient, reader, pending, unsubscribeUrl }),
  });
}

async function composeRequestNews(
  context: JobContext,
  tx: Transaction,
  input: {
    requestId: string;
    recipient: NotificationRecipient;
    reader: NewsReader;
    pending: NotificationDelivery[];
    unsubscribeUrl: string;
  },
) {
  const { recipient, pending } = input;
  const quoteRows = pending.filter((row) => row.kind === "quote_received");
  const messageRows = pending.filter((row) => row.kind === "message_received");

  const subjects = await notificationSubjectRepository.findQuoteSubjects(tx, [
    ...new Set(quoteRows.map((row) => row.subjectId)),
  ]);
  const quotes = subjects.filter(isQuote);
  const quoted = new Set(quotes.map((subject) => subject.response.id));
  // A quote withdrawn (declined) before anyone was told of it is no news.
  await notificationLedger.markNotificationsSkipped(
    tx,
    quoteRows.filter((row) => !quoted.has(row.subjectId)).map((row) => row.id),
    "withdrawn",
  );
  const messages = await messageThreadRepository.findMessageSubjects(
    tx,
    messageRows.map((row) => row.subjectId),
  );
  const carried = [...quoteRows.filter((row) => quoted.has(row.subjectId)), ...messageRows];
  if (carried.length === 0) return null;

  const found = await sourcingRequestRepository.findSourcingRequestById(tx, input.requestId);
  if (!found) return null;
  const request = { id: found.id, title: found.title, quantityUnit: found.quantity.unit };
  // "Revised" only for a quote this person was already told of: someone who first hears of a quote at its third
  // revision reads "new quote".
  const told = await notificationLedger.subjectsToldTo(tx, recipient.userId, [...quoted]);
  const content = context.templates.quoteNews({
    recipient: { name: recipient.name, language: recipient.language },
    links: context.links,
    unsubscribeUrl: input.unsubscribeUrl,
    reader: input.reader.side,
    request: { id: request.id, title: request.title, quantityUnit: request.quantityUnit },
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
    messages: messageNews(messages),
  });
  return { carried, content };
}

/** The messages told per thread: how many, from whom, and whether one answers a question to all. */
function messageNews(
  messages: Awaited<ReturnType<typeof messageThreadRepository.findMessageSubjects>>,
): MessageNewsItem[] {
  const byThread = new Map<string, MessageNewsItem>();
  for (const message of messages) {
    const item = byThread.get(message.supplierId) ?? {
      supplierId: message.supplierId,
      supplierName: message.supplierName,
      count: 0,
      answerToAll: false,
    };
    item.count += 1;
    item.answerToAll ||= message.answerToAll;
    byThread.set(message.supplierId, item);
  }
  return [...byThread.values()];
}

/** Queues the email at the end of the pause; one job per person, request and pause, however many events wait. */
export async function scheduleRequestNews(
  context: JobContext,
  input: { requestId: string; userId: string; dueAt: Date; supplierId?: string },
): Promise<void> {
  await context.queues.enqueue(
    "notify-quote-news",
    {
      requestId: input.requestId,
      userId: input.userId,
      dueAt: input.dueAt.toISOString(),
      ...(input.supplierId ? { supplierId: input.supplierId } : {}),
    },
    { delay: Math.max(0, input.dueAt.getTime() - context.now().getTime()) },
  );
}

function isQuote(subject: QuoteSubject): boolean {
  const { response } = subject;
  return response.kind === "quote" && response.unitPriceAmount !== null && response.currency !== null;
}

/** Sends (or schedules, when paced) each person's news on the request, once their ledger rows are planned. */
export async function tellRequestNews(
  context: JobContext,
  input: { requestId: string; recipients: NotificationRecipient[]; reader: NewsReader },
): Promise<NotificationOutcome[]> {
  const outcomes: NotificationOutcome[] = [];
  for (const recipient of input.recipients) {
    const result = await deliverRequestNews(context, {
      requestId: input.requestId,
      recipient,
      reader: input.reader,
    });
    if (result.outcome === "held") {
      await scheduleRequestNews(context, {
        requestId: input.requestId,
        userId: recipient.userId,
        dueAt: result.dueAt,
        ...(input.reader.side === "supplier" ? { supplierId: input.reader.supplierId } : {}),
      });
    }
    outcomes.push(result.outcome);
  }
  return outcomes;
}
