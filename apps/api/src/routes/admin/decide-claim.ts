import { accountRepository, onboardingRepository, supplierRepository } from "@ketnoi/db";
import { DomainError, notFound } from "@ketnoi/domain";
import { emailTemplates, type ProductLinks } from "@ketnoi/email";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { uuidSchema } from "../../schemas/common.js";
import { adminReasonSchema, claimSchema } from "../../schemas/onboarding.js";
import { problemResponses } from "../../schemas/problem.js";
import { kickSearchSync } from "../../services/search-sync.js";
import { approveClaim, claimView } from "../../services/supplier-claims.js";
import { documentRefs } from "../../services/supplier-documents.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const body = z.object({ decision: z.enum(["approve", "reject"]), reason: adminReasonSchema });

export function decideClaim(app: RouteApp, { deps }: RouteContext, links: ProductLinks) {
  app.post(
    "/v1/admin/claims/:id/decision",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["admin"],
        summary: "Approve or reject a pending claim (platform admins)",
        description:
          "Approving gives the profile to the claiming organisation and ends other open claims on it; 409 " +
          "`already_claimed` if it has an owner, `conflict` when the organisation already manages a profile or " +
          "the claim is no longer pending. The decision and its reason go into the audit log in the same " +
          "transaction; the person who claimed is emailed the outcome and the reason either way.",
        security: bearerAuth,
        params: z.object({ id: uuidSchema }),
        body,
        response: { 200: claimSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const { decision, reason } = request.body;
      const now = deps.clock();
      const outcome = await deps.database.db.transaction(async (tx) => {
        const found = await onboardingRepository.findClaim(tx, request.params.id);
        if (!found) throw notFound("Claim");
        const supplier = await onboardingRepository.lockSupplier(tx, found.supplierId);
        const claim = await onboardingRepository.lockClaim(tx, found.id);
        if (!supplier || !claim) throw notFound("Claim");
        if (claim.status !== "pending" || claim.organizationId === null) {
          throw new DomainError("conflict", `This claim is ${claim.status}, not waiting for a decision`);
        }
        let decided = claim;
        if (decision === "approve") {
          if (supplier.organizationId !== null) {
            throw new DomainError("already_claimed", "This profile already has an owner");
          }
          if (await supplierRepository.findSupplierByOrganization(tx, claim.organizationId)) {
            throw new DomainError("conflict", "The claiming organisation already manages a supplier profile");
          }
          decided = await approveClaim(tx, claim, supplier, claim.organizationId, {
            decidedByUserId: caller.userId,
            reason,
            at: now,
          });
        } else {
          const rejected = await onboardingRepository.updateClaim(tx, claim.id, {
            status: "rejected",
            decidedByUserId: caller.userId,
            decisionReason: reason,
            decidedAt: now,
          });
          if (rejected) decided = rejected;
        }
        await onboardingRepository.recordAdminAction(tx, {
          actorUserId: caller.userId,
          action: decision === "approve" ? "claim.approve" : "claim.reject",
          subjectType: "supplier",
          subjectId: supplier.id,
          reason,
          details: { claimId: claim.id, organizationId: claim.organizationId },
        });
        const requester = claim.requestedByUserId
          ? await accountRepository.findUserById(tx, claim.requestedByUserId)
          : undefined;
        return { decided, supplier, requester };
      });
      const { decided, supplier, requester } = outcome;
      if (decision === "approve") await kickSearchSync(deps, request.log);
      if (requester) {
        const email = emailTemplates().claimDecision({
          recipient: { name: requester.name, language: requester.language },
          companyName: supplier.tradeName ?? supplier.legalName,
          approved: decision === "approve",
          reason,
          nextUrl: decision === "approve" ? links.supplierProfile(supplier.id) : links.claims(),
        });
        try {
          await deps.mailer.send({ to: requester.email, ...email });
          request.log.info({ kind: "claim_decision" }, "transactional email sent");
        } catch (error) {
          request.log.error({ err: error, kind: "claim_decision" }, "transactional email could not be sent");
        }
      }
      const documents = await documentRefs(deps, [decided.documentId], now);
      return claimView(
        decided,
        supplier,
        decided.documentId ? (documents.get(decided.documentId) ?? null) : null,
      );
    },
  );
}
