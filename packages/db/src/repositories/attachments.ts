// Files attached to requests, quotes and messages: the rows that say where the bytes are and who may see them.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Executor, Transaction } from "../client.js";
import { type AttachmentScope, attachments } from "../schema/index.js";

export type Attachment = typeof attachments.$inferSelect;
export type NewAttachment = typeof attachments.$inferInsert;

export async function insertAttachment(tx: Transaction, row: NewAttachment): Promise<Attachment> {
  const [inserted] = await tx.insert(attachments).values(row).returning();
  if (!inserted) throw new Error("attachment insert returned no row");
  return inserted;
}

/** The same file (bytes and name) already attached to the same place by the same organisation: a retried upload. */
export async function findSameUpload(
  db: Executor,
  input: {
    requestId: string;
    scope: AttachmentScope;
    responseId: string | null;
    organizationId: string;
    sha256: string;
    fileName: string;
  },
): Promise<Attachment | undefined> {
  const [row] = await db
    .select()
    .from(attachments)
    .where(
      and(
        eq(attachments.requestId, input.requestId),
        eq(attachments.scope, input.scope),
        input.responseId === null
          ? isNull(attachments.responseId)
          : eq(attachments.responseId, input.responseId),
        eq(attachments.organizationId, input.organizationId),
        eq(attachments.sha256, input.sha256),
        eq(attachments.fileName, input.fileName),
        isNull(attachments.messageId),
        isNull(attachments.removedAt),
      ),
    )
    .limit(1);
  return row;
}

export async function findAttachment(db: Executor, id: string): Promise<Attachment | undefined> {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, id), isNull(attachments.removedAt)))
    .limit(1);
  return row;
}

/** Every attachment of a request (its own, its quotes' and its messages'), oldest first. */
export async function listAttachmentsOfRequest(db: Executor, requestId: string): Promise<Attachment[]> {
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.requestId, requestId), isNull(attachments.removedAt)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

export async function markAttachmentRemoved(tx: Transaction, id: string, at: Date): Promise<void> {
  await tx.update(attachments).set({ removedAt: at }).where(eq(attachments.id, id));
}
