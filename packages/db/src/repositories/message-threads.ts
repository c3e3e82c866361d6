// The clarifying threads between a request's buyer and its suppliers (schema/message-threads.ts): threads,
// their messages, the per-side read marks that unread counts come from, and the files a message carries.
import { and, asc, count, desc, eq, gt, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { Executor, Transaction } from "../client.js";
import {
  attachments,
  type MessageSide,
  messageThreads,
  requestInvitations,
  requestMatches,
  requestResponses,
  suppliers,
  threadMessages,
} from "../schema/index.js";

export type MessageThread = typeof messageThreads.$inferSelect;
export type ThreadMessage = typeof threadMessages.$inferSelect;

const supplierName = sql<string>`coalesce(${suppliers.tradeName}, ${suppliers.legalName})`;

/** The thread of the request with the supplier, created the first time someone writes in it. */
export async function ensureThread(
  tx: Transaction,
  requestId: string,
  supplierId: string,
): Promise<MessageThread> {
  await tx
    .insert(messageThreads)
    .values({ requestId, supplierId })
    .onConflictDoNothing({ target: [messageThreads.requestId, messageThreads.supplierId] });
  const thread = await findThread(tx, requestId, supplierId);
  if (!thread) throw new Error("message thread vanished after insert");
  return thread;
}

export async function findThread(
  db: Executor,
  requestId: string,
  supplierId: string,
): Promise<MessageThread | undefined> {
  const [row] = await db
    .select()
    .from(messageThreads)
    .where(and(eq(messageThreads.requestId, requestId), eq(messageThreads.supplierId, supplierId)))
    .limit(1);
  return row;
}

/** A message counts as unread for a side when the other side wrote it after the side last read the thread. */
function unreadFor(side: MessageSide) {
  const readAt = side === "buyer" ? messageThreads.buyerReadAt : messageThreads.supplierReadAt;
  return and(ne(threadMessages.side, side), or(isNull(readAt), gt(threadMessages.createdAt, readAt)));
}

export interface ThreadSummary {
  supplierId: string;
  supplierName: string;
  messages: number;
  unread: number;
  lastMessageAt: Date | null;
}

/** The request's threads with what the side has not read, most recently active first. */
export async function listThreadsOfRequest(
  db: Executor,
  requestId: string,
  side: MessageSide,
  onlySupplierId?: string,
): Promise<ThreadSummary[]> {
  const rows = await db
    .select({
      supplierId: messageThreads.supplierId,
      supplierName,
      lastMessageAt: messageThreads.lastMessageAt,
      messages: count(threadMessages.id),
      unread: sql<number>`count(${threadMessages.id}) filter (where ${unreadFor(side)})`.mapWith(Number),
    })
    .from(messageThreads)
    .innerJoin(suppliers, eq(suppliers.id, messageThreads.supplierId))
    .leftJoin(threadMessages, eq(threadMessages.threadId, messageThreads.id))
    .where(
      and(
        eq(messageThreads.requestId, requestId),
        onlySupplierId ? eq(messageThreads.supplierId, onlySupplierId) : undefined,
      ),
    )
    .groupBy(messageThreads.id, suppliers.id)
    .orderBy(sql`${messageThreads.lastMessageAt} desc nulls last`, asc(messageThreads.id));
  return rows;
}

export async function listMessages(db: Executor, threadId: string): Promise<ThreadMessage[]> {
  return db
    .select()
    .from(threadMessages)
    .where(eq(threadMessages.threadId, threadId))
    .orderBy(asc(threadMessages.createdAt), asc(threadMessages.id));
}

/** Everything the side has not read, per request: the buyer's across all its threads, a supplier's in its own. */
export async function unreadByRequest(
  db: Executor,
  requestIds: string[],
  reader: { side: "buyer" } | { side: "supplier"; supplierId: string },
): Promise<Map<string, number>> {
  const unread = new Map<string, number>(requestIds.map((id) => [id, 0]));
  if (requestIds.length === 0) return unread;
  const rows = await db
    .select({ requestId: messageThreads.requestId, n: count() })
    .from(threadMessages)
    .innerJoin(messageThreads, eq(messageThreads.id, threadMessages.threadId))
    .where(
      and(
        inArray(messageThreads.requestId, requestIds),
        reader.side === "supplier" ? eq(messageThreads.supplierId, reader.supplierId) : undefined,
        unreadFor(reader.side),
      ),
    )
    .groupBy(messageThreads.requestId);
  for (const row of rows) unread.set(row.requestId, row.n);
  return unread;
}

export async function markThreadRead(
  tx: Executor,
  threadId: string,
  side: MessageSide,
  at: Date,
): Promise<void> {
  await tx
    .update(messageThreads)
    .set(side === "buyer" ? { buyerReadAt: at } : { supplierReadAt: at })
    .where(eq(messageThreads.id, threadId));
}

/**
 * Writes one post into the threads, the first thread first: its copy's id becomes the post's id, which the
 * others share. Returns the copies in the order of `threadIds`.
 */
export async function insertPost(
  tx: Transaction,
  input: {
    threadIds: string[];
    side: MessageSide;
    authorUserId: string;
    body: string;
    answerToAll: boolean;
    at: Date;
  },
): Promise<ThreadMessage[]> {
  const [firstThreadId, ...others] = input.threadIds;
  if (!firstThreadId) throw new Error("a post goes to at least one thread");
  const values = {
    side: input.side,
    authorUserId: input.authorUserId,
    body: input.body,
    createdAt: input.at,
  };
  const postId = uuidv7();
  const [original] = await tx
    .insert(threadMessages)
    .values({ ...values, id: postId, threadId: firstThreadId, postId, answerToAll: input.answerToAll })
    .returning();
  if (!original) throw new Error("message insert returned no row");
  const copies =
    others.length === 0
      ? []
      : await tx
          .insert(threadMessages)
          .values(
            others.map((threadId) => ({
              ...values,
              threadId,
              postId: original.id,
              answerToAll: input.answerToAll,
            })),
          )
          .returning();
  const byThread = new Map([original, ...copies].map((message) => [message.threadId, message]));
  await tx
    .update(messageThreads)
    .set({ lastMessageAt: input.at })
    .where(inArray(messageThreads.id, input.threadIds));
  return input.threadIds.map((threadId) => byThread.get(threadId) as ThreadMessage);
}

/**
 * Hands the uploaded files to the post. Only files the organisation uploaded for a message of this request and
 * that no message carries yet move; returns the ids that did.
 */
export async function attachFilesToPost(
  tx: Transaction,
  input: { requestId: string; organizationId: string; attachmentIds: string[]; postId: string },
): Promise<string[]> {
  if (input.attachmentIds.length === 0) return [];
  const rows = await tx
    .update(attachments)
    .set({ messageId: input.postId })
    .where(
      and(
        inArray(attachments.id, input.attachmentIds),
        eq(attachments.requestId, input.requestId),
        eq(attachments.scope, "message"),
        eq(attachments.organizationId, input.organizationId),
        isNull(attachments.messageId),
        isNull(attachments.removedAt),
      ),
    )
    .returning({ id: attachments.id });
  return rows.map((row) => row.id);
}

/** The posts (by id) of the messages in a supplier's thread on the request: the files it may see. */
export async function postIdsOfThread(
  db: Executor,
  requestId: string,
  supplierId: string,
): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ postId: threadMessages.postId })
    .from(threadMessages)
    .innerJoin(messageThreads, eq(messageThreads.id, threadMessages.threadId))
    .where(and(eq(messageThreads.requestId, requestId), eq(messageThreads.supplierId, supplierId)));
  return new Set(rows.map((row) => row.postId));
}

/** The suppliers that ever took part in the request: matched, invited, answering, or in a thread. */
export async function suppliersOfRequest(db: Executor, requestId: string): Promise<string[]> {
  const rows = await db.execute<{ supplier_id: string }>(sql`
    select ${requestMatches.supplierId} as supplier_id from ${requestMatches} where ${requestMatches.requestId} = ${requestId}
    union
    select ${requestResponses.supplierId} from ${requestResponses} where ${requestResponses.requestId} = ${requestId}
    union
    select ${requestInvitations.supplierId} from ${requestInvitations} where ${requestInvitations.requestId} = ${requestId}
    union
    select ${messageThreads.supplierId} from ${messageThreads} where ${messageThreads.requestId} = ${requestId}
  `);
  return [...rows].map((row) => row.supplier_id);
}

/** A message with its thread, for the notifications about it. */
export async function findPostCopies(db: Executor, postId: string) {
  return db
    .select({ message: threadMessages, thread: messageThreads })
    .from(threadMessages)
    .innerJoin(messageThreads, eq(messageThreads.id, threadMessages.threadId))
    .where(eq(threadMessages.postId, postId))
    .orderBy(asc(threadMessages.id));
}

/** The messages (by id) with their threads and the supplier's name, for an email about them. */
export async function findMessageSubjects(db: Executor, messageIds: string[]) {
  if (messageIds.length === 0) return [];
  return db
    .select({
      id: threadMessages.id,
      side: threadMessages.side,
      answerToAll: threadMessages.answerToAll,
      createdAt: threadMessages.createdAt,
      requestId: messageThreads.requestId,
      supplierId: messageThreads.supplierId,
      supplierName,
    })
    .from(threadMessages)
    .innerJoin(messageThreads, eq(messageThreads.id, threadMessages.threadId))
    .innerJoin(suppliers, eq(suppliers.id, messageThreads.supplierId))
    .where(inArray(threadMessages.id, messageIds))
    .orderBy(asc(threadMessages.createdAt), desc(threadMessages.id));
}
