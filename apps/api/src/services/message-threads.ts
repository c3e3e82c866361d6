// The clarifying threads of a request: who may read and write which thread, how a thread is shown, and posting a
// message (to one thread, or the buyer's answer to all: a copy in every current supplier's thread, naming nobody).
import {
  type Attachment,
  attachmentRepository,
  jobOutboxRepository,
  type MessageSide,
  messageThreadRepository,
  type SourcingRequest,
  type Supplier,
  supplierRepository,
  type ThreadMessage,
} from "@ketnoi/db";
import { DomainError, notFound } from "@ketnoi/domain";
import { outboxJob } from "@ketnoi/jobs";
import type { Caller } from "../auth/caller.js";
import type { AppDependencies } from "../dependencies.js";
import { type AttachmentView, attachmentView } from "./attachments.js";
import { requestPartyOf, supplierPartOf } from "./request-parties.js";

export interface ThreadAccess {
  side: MessageSide;
  request: SourcingRequest;
  supplier: Supplier;
  /** Whether the caller may write in it now (the supplier still takes part; the request is not hidden). */
  canPost: boolean;
}

/**
 * The caller's access to the request's thread with the supplier. A supplier reaches only its own thread, while it
 * takes part in the request and the request is not hidden; the buyer reaches the thread of any supplier that takes
 * part, and reads (no longer writes) the threads of those that stopped taking part. Anything else: 404.
 */
export async function threadAccessOf(
  deps: Pick<AppDependencies, "database">,
  caller: Caller,
  requestId: string,
  supplierId: string,
): Promise<ThreadAccess> {
  const party = await requestPartyOf(deps, caller, requestId);
  if (party.role === "supplier") {
    if (party.supplier.id !== supplierId || party.request.hiddenAt !== null) throw notFound("Message thread");
    return { side: "supplier", request: party.request, supplier: party.supplier, canPost: true };
  }
  const supplier = await supplierRepository.findSupplierById(deps.database.db, supplierId);
  if (!supplier) throw notFound("Message thread");
  const takesPart = (await supplierPartOf(deps, party.request, supplier)) !== undefined;
  if (!takesPart) {
    const thread = await messageThreadRepository.findThread(deps.database.db, party.request.id, supplier.id);
    if (!thread) throw notFound("Message thread");
  }
  return {
    side: "buyer",
    request: party.request,
    supplier,
    canPost: takesPart && party.request.hiddenAt === null,
  };
}

export interface ThreadMessageView {
  id: string;
  from: MessageSide;
  body: string;
  answerToAll: boolean;
  createdAt: string;
  attachments: AttachmentView[];
}

function threadMessageView(
  deps: Pick<AppDependencies, "fileLinks">,
  message: ThreadMessage,
  files: Attachment[],
  buyerOrganizationId: string,
  now: Date,
): ThreadMessageView {
  return {
    id: message.id,
    from: message.side,
    body: message.body,
    answerToAll: message.answerToAll,
    createdAt: message.createdAt.toISOString(),
    attachments: files
      .filter((file) => file.messageId === message.postId)
      .map((file) => attachmentView(deps, file, buyerOrganizationId, now)),
  };
}

/** The thread's messages, oldest first, with their files; marks it read for the caller's side. */
export async function readThread(
  deps: Pick<AppDependencies, "database" | "fileLinks" | "clock">,
  access: ThreadAccess,
): Promise<ThreadMessageView[]> {
  const db = deps.database.db;
  const thread = await messageThreadRepository.findThread(db, access.request.id, access.supplier.id);
  if (!thread) return [];
  const now = deps.clock();
  const [messages, files] = await Promise.all([
    messageThreadRepository.listMessages(db, thread.id),
    attachmentRepository.listAttachmentsOfRequest(db, access.request.id),
  ]);
  await messageThreadRepository.markThreadRead(db, thread.id, access.side, now);
  return messages.map((message) =>
    threadMessageView(deps, message, files, access.request.organizationId, now),
  );
}

/**
 * Posts a message in one transaction: the thread(s) it reaches, the copies, the files it carries. An answer to
 * all reaches every supplier taking part in the request now; each copy is the same text, marked as the buyer's
 * answer to a question from a supplier, and none says which.
 */
export async function postMessage(
  deps: Pick<AppDependencies, "database" | "fileLinks" | "clock">,
  caller: Caller,
  access: ThreadAccess,
  input: { body: string; attachmentIds: string[]; answerToAll: boolean },
): Promise<{ message: ThreadMessageView; postId: string; threads: number }> {
  if (!access.canPost) {
    throw new DomainError("conflict", "This supplier no longer takes part in the request");
  }
  if (input.answerToAll && access.side !== "buyer") {
    throw new DomainError("validation_failed", "Your request has invalid fields", [
      { field: "body.answerToAll", message: "only the buyer answers to all suppliers" },
    ]);
  }
  const db = deps.database.db;
  const supplierIds = input.answerToAll
    ? await currentSupplierIds(deps, access.request, access.supplier.id)
    : [access.supplier.id];
  const now = deps.clock();
  const attachmentIds = [...new Set(input.attachmentIds)];
  const message = await db.transaction(async (tx) => {
    const threads = [];
    for (const supplierId of supplierIds) {
      threads.push(await messageThreadRepository.ensureThread(tx, access.request.id, supplierId));
    }
    const [copy] = await messageThreadRepository.insertPost(tx, {
      threadIds: threads.map((thread) => thread.id),
      side: access.side,
      authorUserId: caller.userId,
      body: input.body,
      answerToAll: input.answerToAll,
      at: now,
    });
    if (!copy) throw new Error("a post has at least one copy");
    const attached = await messageThreadRepository.attachFilesToPost(tx, {
      requestId: access.request.id,
      organizationId: caller.organizationId,
      attachmentIds,
      postId: copy.postId,
    });
    if (attached.length !== attachmentIds.length) {
      // Rolls the post back: a message never goes out without the files its writer meant to send.
      const missing = attachmentIds.filter((id) => !attached.includes(id));
      throw new DomainError("validation_failed", "Your request has invalid fields", [
        {
          field: "body.attachmentIds",
          message: `not files uploaded by your organisation for a message of this request, or already sent: ${missing.join(", ")}`,
        },
      ]);
    }
    // The writer has read their own thread up to their own message.
    await messageThreadRepository.markThreadRead(tx, copy.threadId, access.side, now);
    // The emails to the other side are written with the message (the job outbox): a Redis outage delays them.
    await jobOutboxRepository.queueOutboxJobs(tx, [
      outboxJob("notify-message-posted", { postId: copy.postId }),
    ]);
    return copy;
  });
  const files = await attachmentRepository.listAttachmentsOfRequest(db, access.request.id);
  return {
    message: threadMessageView(deps, message, files, access.request.organizationId, now),
    postId: message.postId,
    threads: supplierIds.length,
  };
}

/** The suppliers taking part in the request now, the asker's first. */
async function currentSupplierIds(
  deps: Pick<AppDependencies, "database">,
  request: SourcingRequest,
  askerId: string,
): Promise<string[]> {
  const db = deps.database.db;
  const ids = await messageThreadRepository.suppliersOfRequest(db, request.id);
  const taking: string[] = [askerId];
  for (const id of ids) {
    if (id === askerId) continue;
    const supplier = await supplierRepository.findSupplierById(db, id);
    if (supplier && (await supplierPartOf(deps, request, supplier))) taking.push(id);
  }
  return taking;
}
