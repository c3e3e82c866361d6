// Company papers (registration certificates, certificate scans): how an upload is checked and stored, who may
// download one, and how claims, verification requests and certifications refer to them by id.
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import {
  type Executor,
  type SupplierDocument,
  type SupplierDocumentPurpose,
  supplierDocumentRepository,
} from "@ketnoi/db";
import { DomainError } from "@ketnoi/domain";
import { type FileKind, fileKindInfo, sanitizeFileName } from "@ketnoi/storage";
import type { AppDependencies } from "../dependencies.js";
import { receiveCheckedUpload } from "./attachments.js";

/** Papers are scans or PDFs: nothing else is a certificate. */
const documentKinds: readonly FileKind[] = ["pdf", "png", "jpeg", "webp"];
export const documentLimits = { maxBytes: 10 * 1024 * 1024 } as const;

export interface SupplierDocumentView {
  id: string;
  purpose: SupplierDocumentPurpose;
  fileName: string;
  kind: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
  download: { url: string; expiresAt: string };
}

/** A fresh signed download link; the web serves it at `/files/{id}` as it does attachments. */
export function documentLink(deps: Pick<AppDependencies, "fileLinks">, documentId: string, now: Date) {
  const { expires, signature } = deps.fileLinks.sign(documentId, now);
  return {
    url: `/v1/files/${documentId}?expires=${expires}&signature=${signature}`,
    expiresAt: new Date(expires * 1000).toISOString(),
  };
}

export function documentView(
  deps: Pick<AppDependencies, "fileLinks">,
  document: SupplierDocument,
  now: Date,
): SupplierDocumentView {
  return {
    id: document.id,
    purpose: document.purpose,
    fileName: document.fileName,
    kind: document.kind,
    contentType: document.contentType,
    sizeBytes: document.sizeBytes,
    createdAt: document.createdAt.toISOString(),
    download: documentLink(deps, document.id, now),
  };
}

/**
 * Checks, stores and records an uploaded paper for the caller's organisation. The same file (bytes and name) for
 * the same purpose is the first upload, so a retried upload makes no copy.
 */
export async function storeDocument(
  deps: Pick<AppDependencies, "database" | "files" | "uploadTempDir">,
  input: {
    stream: Readable;
    givenName: string;
    purpose: SupplierDocumentPurpose;
    organizationId: string;
    userId: string;
  },
): Promise<{ document: SupplierDocument; created: boolean }> {
  const received = await receiveCheckedUpload(deps, input.stream, {
    maxBytes: documentLimits.maxBytes,
    allowed: documentKinds,
  });
  try {
    const fileName = sanitizeFileName(input.givenName, received.kind);
    const db = deps.database.db;
    const same = await supplierDocumentRepository.findSameUpload(db, {
      organizationId: input.organizationId,
      purpose: input.purpose,
      sha256: received.sha256,
      fileName,
    });
    if (same) return { document: same, created: false };
    const id = crypto.randomUUID();
    const storageKey = `documents/${input.organizationId}/${id}`;
    const contentType = fileKindInfo[received.kind].contentType;
    await deps.files.put(storageKey, createReadStream(received.path), { size: received.size, contentType });
    const document = await db.transaction((tx) =>
      supplierDocumentRepository.insertDocument(tx, {
        id,
        organizationId: input.organizationId,
        uploadedByUserId: input.userId,
        purpose: input.purpose,
        storageKey,
        fileName,
        kind: received.kind,
        contentType,
        sizeBytes: received.size,
        sha256: received.sha256,
      }),
    );
    return { document, created: true };
  } finally {
    await received.discard();
  }
}

/**
 * The documents a body refers to, each the organisation's own; an unknown or someone else's id is a 400 naming
 * the field it came from (the same answer for both, so nothing tells another organisation's ids apart).
 */
export async function ownDocuments(
  db: Executor,
  organizationId: string,
  refs: readonly { id: string; field: string }[],
): Promise<Map<string, SupplierDocument>> {
  const found = await supplierDocumentRepository.findDocuments(
    db,
    refs.map((ref) => ref.id),
  );
  const byId = new Map(found.filter((d) => d.organizationId === organizationId).map((d) => [d.id, d]));
  const wrong = refs.filter((ref) => !byId.has(ref.id));
  if (wrong.length > 0) {
    throw new DomainError(
      "validation_failed",
      "Your request has invalid fields",
      wrong.map((ref) => ({
        field: ref.field,
        message: "is not a document your organisation uploaded (POST /v1/documents)",
      })),
    );
  }
  return byId;
}

export interface DocumentRefView {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  download: { url: string; expiresAt: string };
}

/**
 * The documents behind claims or verification requests, each with a fresh link; only for readers allowed to open
 * them (the claimant's organisation, the supplier's, platform admins), which the calling route has checked.
 */
export async function documentRefs(
  deps: Pick<AppDependencies, "database" | "fileLinks">,
  ids: readonly (string | null)[],
  now: Date,
): Promise<Map<string, DocumentRefView>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const found = await supplierDocumentRepository.findDocuments(deps.database.db, wanted);
  return new Map(
    found.map((document) => [
      document.id,
      {
        id: document.id,
        fileName: document.fileName,
        contentType: document.contentType,
        sizeBytes: document.sizeBytes,
        download: documentLink(deps, document.id, now),
      },
    ]),
  );
}
