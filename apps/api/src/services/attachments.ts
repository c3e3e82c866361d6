// Attachments of a request: who sees which, how one is shown (with a fresh signed download link), and how an
// upload is checked and stored.

import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { type Attachment, type AttachmentScope, attachmentRepository } from "@ketnoi/db";
import { DomainError } from "@ketnoi/domain";
import {
  type FileKind,
  fileKindInfo,
  fileKinds,
  receiveUpload,
  sanitizeFileName,
  UploadRefusedError,
} from "@ketnoi/storage";
import type { AppDependencies } from "../dependencies.js";
import type { RequestParty } from "./request-parties.js";

export const attachmentLimits = { maxBytes: 20 * 1024 * 1024 } as const;
/** What requests, quotes and messages accept: documents, images, drawings, 3D models and spreadsheets. */
const attachmentKinds: readonly FileKind[] = fileKinds;

export interface AttachmentView {
  id: string;
  scope: AttachmentScope;
  responseId: string | null;
  messageId: string | null;
  fileName: string;
  kind: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: "buyer" | "supplier";
  createdAt: string;
  download: { url: string; expiresAt: string };
}

/**
 * Whether the party may see (and download) the attachment. `threadPosts`: for a supplier, the posts of the
 * messages in its thread (messageThreadRepository.postIdsOfThread), whose files it sees whoever sent them.
 */
export function canSeeAttachment(
  party: RequestParty,
  attachment: Attachment,
  threadPosts: ReadonlySet<string> = new Set(),
): boolean {
  if (attachment.requestId !== party.request.id) return false;
  const ownOrganization =
    party.role === "buyer" ? party.request.organizationId : party.supplier.organizationId;
  if (attachment.scope === "message" && attachment.messageId === null) {
    // Uploaded for a message not sent yet: only its uploader's organisation knows of it.
    return attachment.organizationId === ownOrganization;
  }
  if (party.role === "buyer") return true;
  switch (attachment.scope) {
    case "request":
      return true;
    case "quote":
      return party.response !== undefined && attachment.responseId === party.response.id;
    case "message":
      return attachment.organizationId === ownOrganization || threadPosts.has(attachment.messageId ?? "");
  }
}

export function attachmentView(
  deps: Pick<AppDependencies, "fileLinks">,
  attachment: Attachment,
  buyerOrganizationId: string,
  now: Date,
): AttachmentView {
  const { expires, signature } = deps.fileLinks.sign(attachment.id, now);
  return {
    id: attachment.id,
    scope: attachment.scope,
    responseId: attachment.responseId,
    messageId: attachment.messageId,
    fileName: attachment.fileName,
    kind: attachment.kind,
    contentType: attachment.contentType,
    sizeBytes: attachment.sizeBytes,
    uploadedBy: attachment.organizationId === buyerOrganizationId ? "buyer" : "supplier",
    createdAt: attachment.createdAt.toISOString(),
    download: {
      url: `/v1/files/${attachment.id}?expires=${expires}&signature=${signature}`,
      expiresAt: new Date(expires * 1000).toISOString(),
    },
  };
}

const refusalFieldCodes = {
  too_large: "file_too_large",
  unsupported_type: "file_type_unsupported",
  empty: "file_empty",
} as const;

/**
 * Receives an uploaded stream into a temporary file and checks its size and kind (by its bytes); a refusal is the
 * 400 (413 when too large) naming `body.file`. The caller stores the file and then discards the temporary one.
 */
export async function receiveCheckedUpload(
  deps: Pick<AppDependencies, "uploadTempDir">,
  stream: Readable,
  limits: { maxBytes: number; allowed: readonly FileKind[] },
): Promise<Awaited<ReturnType<typeof receiveUpload>>> {
  try {
    return await receiveUpload(stream, { ...limits, tempDir: deps.uploadTempDir });
  } catch (error) {
    if (error instanceof UploadRefusedError) {
      const code = refusalFieldCodes[error.reason];
      throw new DomainError(
        error.reason === "too_large" ? "payload_too_large" : "validation_failed",
        error.message,
        [{ field: "body.file", message: error.message, code }],
      );
    }
    throw error;
  }
}

/**
 * Receives the uploaded stream into a temporary file, checks it, stores it and records it, in that order: a
 * refused file leaves nothing behind, and a row exists only for bytes that are stored. The same file (bytes and
 * name) uploaded again to the same place by the same organisation is the first upload, so retries are safe.
 */
export async function storeAttachment(
  deps: Pick<AppDependencies, "database" | "files" | "uploadTempDir">,
  input: {
    stream: Readable;
    givenName: string;
    requestId: string;
    scope: AttachmentScope;
    responseId: string | null;
    organizationId: string;
    userId: string;
  },
): Promise<{ attachment: Attachment; created: boolean }> {
  const received = await receiveCheckedUpload(deps, input.stream, {
    maxBytes: attachmentLimits.maxBytes,
    allowed: attachmentKinds,
  });
  try {
    const fileName = sanitizeFileName(input.givenName, received.kind);
    const place = {
      requestId: input.requestId,
      scope: input.scope,
      responseId: input.responseId,
      organizationId: input.organizationId,
    };
    const db = deps.database.db;
    const same = await attachmentRepository.findSameUpload(db, {
      ...place,
      sha256: received.sha256,
      fileName,
    });
    if (same) return { attachment: same, created: false };
    const id = crypto.randomUUID();
    const storageKey = `attachments/${input.requestId}/${id}`;
    const contentType = fileKindInfo[received.kind].contentType;
    await deps.files.put(storageKey, createReadStream(received.path), { size: received.size, contentType });
    const attachment = await db.transaction((tx) =>
      attachmentRepository.insertAttachment(tx, {
        ...place,
        uploadedByUserId: input.userId,
        storageKey,
        fileName,
        kind: received.kind,
        contentType,
        sizeBytes: received.size,
        sha256: received.sha256,
      }),
    );
    return { attachment, created: true };
  } finally {
    await received.discard();
  }
}
