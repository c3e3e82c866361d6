import { onboardingRepository, supplierRepository } from "@ketnoi/db";
import { DomainError, multiLineText, notFound } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { verificationRequestSchema } from "../../schemas/onboarding.js";
import { problemResponses } from "../../schemas/problem.js";
import { supplierParams } from "../../schemas/supplier.js";
import { ownDocuments } from "../../services/supplier-documents.js";
import { verificationRequestView } from "../../services/verification-requests.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const body = z.object({
  note: multiLineText(2000)
    .optional()
    .describe("What the reviewer should know: registration details, where the certificates are, who to call"),
  documentIds: z
    .array(z.uuid("must be a UUID"))
    .max(10)
    .optional()
    .describe(
      "Documents uploaded with POST /v1/documents?for=verification (registration certificate, certificates)",
    ),
});

export function requestVerification(app: RouteApp, { deps }: RouteContext) {
  app.post(
    "/v1/suppliers/:id/verification-requests",
    {
      config: { idempotent: true },
      onRequest: [app.authenticate, app.requireVerifiedEmail],
      schema: {
        tags: ["verification"],
        summary: "Ask the platform to verify your supplier profile",
        description:
          "Your organisation's own profile only (404 for others). 409 `verification_pending` while a request " +
          "waits; 409 `conflict` when the profile is verified already. `documentIds` must be your organisation's " +
          "uploads (400 naming `body.documentIds.N` otherwise); the admin opens them from the queue. An admin " +
          "decides with a reason and you are emailed either way.",
        security: bearerAuth,
        params: supplierParams,
        body,
        response: { 201: verificationRequestSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const created = await deps.database.db.transaction(async (tx) => {
        const supplier = await onboardingRepository.lockSupplier(tx, request.params.id);
        if (!supplier || supplier.organizationId !== caller.organizationId) throw notFound("Supplier");
        if (supplier.verificationStatus === "verified") {
          throw new DomainError("conflict", "This profile is verified already");
        }
        const [latest] = await onboardingRepository.listVerificationRequestsOfSupplier(tx, supplier.id);
        if (latest?.status === "pending") {
          throw new DomainError("verification_pending", "A verification request for this profile is waiting");
        }
        const ids = [...new Set(request.body.documentIds ?? [])];
        const documents = await ownDocuments(
          tx,
          caller.organizationId,
          ids.map((id) => ({ id, field: `body.documentIds.${request.body.documentIds?.indexOf(id) ?? 0}` })),
        );
        return onboardingRepository.createVerificationRequest(tx, {
          supplierId: supplier.id,
          requestedByUserId: caller.userId,
          note: request.body.note ? request.body.note : null,
          documents: ids.flatMap((id) => {
            const document = documents.get(id);
            return document
              ? [
                  {
                    documentId: document.id,
                    fileName: document.fileName,
                    contentType: document.contentType,
                    sizeBytes: document.sizeBytes,
                  },
                ]
              : [];
          }),
        });
      });
      return reply.code(201).send(verificationRequestView(deps, created, deps.clock()));
    },
  );
}

const listResponse = z
  .object({
    verificationStatus: z.enum(["unverified", "verified"]),
    requests: z.array(verificationRequestSchema).describe("Newest first"),
  })
  .meta({ id: "SupplierVerification" });

export function listVerificationRequests(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/suppliers/:id/verification-requests",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["verification"],
        summary: "Your profile's verification state and requests",
        description: "Your organisation's own profile (and platform admins); 404 for others.",
        security: bearerAuth,
        params: supplierParams,
        response: { 200: listResponse, ...problemResponses(401, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const db = deps.database.db;
      const supplier = await supplierRepository.findSupplierById(db, request.params.id);
      if (!supplier || (supplier.organizationId !== caller.organizationId && !caller.isPlatformAdmin)) {
        throw notFound("Supplier");
      }
      const requests = await onboardingRepository.listVerificationRequestsOfSupplier(db, supplier.id);
      const now = deps.clock();
      return {
        verificationStatus: supplier.verificationStatus,
        requests: requests.map((one) => verificationRequestView(deps, one, now)),
      };
    },
  );
}
