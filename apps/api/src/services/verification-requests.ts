// Verification requests: a supplier asks, a platform admin decides with a reason, the supplier hears either way.
import {
  accountRepository,
  onboardingRepository,
  type StoredVerificationDocument,
  supplierRepository,
  type VerificationRequest,
} from "@ketnoi/db";
import { DomainError, notFound } from "@ketnoi/domain";
import { emailTemplates, type ProductLinks } from "@ketnoi/email";
import type { FastifyBaseLogger } from "fastify";
import type { AppDependencies } from "../dependencies.js";
import { type DocumentRefView, documentLink } from "./supplier-documents.js";

interface VerificationRequestView {
  id: string;
  supplierId: string;
  status: VerificationRequest["status"];
  note: string | null;
  documents: DocumentRefView[];
  decisionReason: string | null;
  decidedAt: string | null;
  createdAt: string;
}

/** For the supplier's organisation and admins only: the documents come with download links. */
export function verificationRequestView(
  deps: Pick<AppDependencies, "fileLinks">,
  request: VerificationRequest,
  now: Date,
): VerificationRequestView {
  return {
    id: request.id,
    supplierId: request.supplierId,
    status: request.status,
    note: request.note,
    documents: request.documents.map((document: StoredVerificationDocument) => ({
      id: document.documentId,
      fileName: document.fileName,
      contentType: document.contentType,
      sizeBytes: document.sizeBytes,
      download: documentLink(deps, document.documentId, now),
    })),
    decisionReason: request.decisionReason,
    decidedAt: request.decidedAt?.toISOString() ?? null,
    createdAt: request.createdAt.toISOString(),
  };
}

/**
 * Records the decision, sets the profile's verification, and writes the audit entry, in one transaction.
 * Returns the email to the person who asked, to send after commit.
 */
export async function decideVerification(
  deps: AppDependencies,
  links: ProductLinks,
  adminUserId: string,
  requestId: string,
  decision: { approve: boolean; reason: string },
): Promise<{
  view: VerificationRequestView;
  changedProfile: boolean;
  send: (log: FastifyBaseLogger) => Promise<void>;
}> {
  const now = deps.clock();
  const outcome = await deps.database.db.transaction(async (tx) => {
    const request = await onboardingRepository.lockVerificationRequest(tx, requestId);
    if (!request) throw notFound("Verification request");
    if (request.status !== "pending") {
      throw new DomainError("conflict", `This request was ${request.status} already`);
    }
    const decided = await onboardingRepository.decideVerificationRequest(tx, request.id, {
      status: decision.approve ? "approved" : "rejected",
      decidedByUserId: adminUserId,
      reason: decision.reason,
      at: now,
    });
    const supplier = decision.approve
      ? await supplierRepository.updateSupplier(tx, request.supplierId, {
          verificationStatus: "verified",
          verifiedAt: now,
          verifiedByUserId: adminUserId,
        })
      : await supplierRepository.findSupplierById(tx, request.supplierId);
    if (!decided || !supplier) throw notFound("Verification request");
    await onboardingRepository.recordAdminAction(tx, {
      actorUserId: adminUserId,
      action: decision.approve ? "verification.approve" : "verification.reject",
      subjectType: "supplier",
      subjectId: supplier.id,
      reason: decision.reason,
      details: { verificationRequestId: request.id },
    });
    const requester = request.requestedByUserId
      ? await accountRepository.findUserById(tx, request.requestedByUserId)
      : undefined;
    return { decided, supplier, requester };
  });
  const { decided, supplier, requester } = outcome;
  return {
    view: verificationRequestView(deps, decided, now),
    changedProfile: decision.approve,
    send: async (log: FastifyBaseLogger) => {
      if (!requester) return;
      const email = emailTemplates().verificationDecision({
        recipient: { name: requester.name, language: requester.language },
        companyName: supplier.tradeName ?? supplier.legalName,
        approved: decision.approve,
        reason: decision.reason,
        profileUrl: links.supplierProfile(supplier.id),
      });
      try {
        await deps.mailer.send({ to: requester.email, ...email });
        log.info({ kind: "verification_decision" }, "transactional email sent");
      } catch (error) {
        log.error({ err: error, kind: "verification_decision" }, "transactional email could not be sent");
      }
    },
  };
}
