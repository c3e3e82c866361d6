// GET /v1/requests/{id}/award: the award and the contact exchange it opens. Contacts are exchanged at the award
// and not before, and only between the buyer and the winner.
import { accountRepository, requestResponseRepository, supplierRepository } from "@ketnoi/db";
import { DomainError, notFound } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { sourcingRequestParams } from "../../schemas/sourcing-request.js";
import { requestPartyOf } from "../../services/request-parties.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const contact = z.object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable() });

const awardSchema = z
  .object({
    requestId: z.string(),
    responseId: z.string().describe("The winning quote"),
    awardedAt: z.string(),
    reason: z.string().nullable().describe("The buyer's reason, when given"),
    buyer: z.object({
      organizationName: z.string(),
      contact: contact.nullable().describe("The member who awarded; null when that account no longer exists"),
    }),
    winner: z.object({
      supplierId: z.string(),
      legalName: z.string(),
      tradeName: z.string().nullable(),
      contact: contact.nullable().describe("The contact on the supplier's profile"),
    }),
  })
  .meta({ id: "Award" });

export function getAward(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/requests/:id/award",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["quotes"],
        summary: "The award of a request, with both sides' contact details",
        description:
          "For the buyer organisation and the winning supplier, once the request is awarded (409 before): who " +
          "won, when, the buyer's reason, and each side's contact (the member who awarded; the supplier " +
          "profile's contact). Other suppliers get 404: they see the outcome in their own quote.",
        security: bearerAuth,
        params: sourcingRequestParams,
        response: { 200: awardSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const party = await requestPartyOf(deps, caller, request.params.id);
      const found = party.request;
      if (found.status !== "awarded" || !found.awardedResponseId) {
        throw new DomainError("conflict", "The request has not been awarded");
      }
      const db = deps.database.db;
      const response = await requestResponseRepository.findResponseById(db, found.awardedResponseId);
      if (!response) throw notFound("Award");
      const [organization, awardedBy, supplier] = await Promise.all([
        accountRepository.findOrganization(db, found.organizationId),
        found.awardedByUserId ? accountRepository.findUserById(db, found.awardedByUserId) : undefined,
        supplierRepository.findSupplierById(db, response.supplierId),
      ]);
      if (!supplier) throw notFound("Award");
      return {
        requestId: found.id,
        responseId: response.id,
        awardedAt: (found.closedAt ?? found.updatedAt).toISOString(),
        reason: found.awardReason === "" ? null : found.awardReason,
        buyer: {
          organizationName: organization?.name ?? "",
          contact: awardedBy ? { name: awardedBy.name, email: awardedBy.email, phone: null } : null,
        },
        winner: {
          supplierId: supplier.id,
          legalName: supplier.legalName,
          tradeName: supplier.tradeName,
          contact: supplier.contact
            ? {
                name: supplier.contact.name,
                email: supplier.contact.email ?? null,
                phone: supplier.contact.phone ?? null,
              }
            : null,
        },
      };
    },
  );
}
