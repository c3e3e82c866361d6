import { DomainError, multiLineText } from "@ketnoi/domain";
import type { ProductLinks } from "@ketnoi/email";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { claimSchema } from "../../schemas/onboarding.js";
import { problemResponses } from "../../schemas/problem.js";
import { supplierParams } from "../../schemas/supplier.js";
import { claimLinkTtlHours, startDocumentClaim, startEmailClaim } from "../../services/supplier-claims.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const body = z.object({
  method: z
    .enum(["email_link", "document"])
    .describe(
      "email_link: a link to the contact address on the profile proves the claim; document: the business " +
        "registration certificate in `documentId`, reviewed by an admin",
    ),
  documentId: z
    .uuid("must be a UUID")
    .optional()
    .describe("With `document`: the certificate uploaded with POST /v1/documents?for=claim"),
  note: multiLineText(1000).optional().describe("For the reviewer, e.g. who you are at the company"),
});

export function createClaim(app: RouteApp, { deps }: RouteContext, links: ProductLinks) {
  app.post(
    "/v1/suppliers/:id/claims",
    {
      config: { idempotent: true },
      onRequest: [app.authenticate, app.requireVerifiedEmail],
      schema: {
        tags: ["claims"],
        summary: "Claim an imported supplier profile for your organisation (owners)",
        description:
          `\`email_link\` emails a single-use link, valid ${claimLinkTtlHours} hours, to the contact address on ` +
          "the profile; using it while signed in to your organisation makes it the profile's owner. `document` " +
          "sends the business registration certificate you uploaded (`documentId`, 400 naming it when it is " +
          "missing or not your organisation's) to the admins' claims queue; the person who asked is emailed " +
          "the decision either way. 409 `already_claimed` " +
          "when the profile has an owner; 409 `claim_pending` while another claim on it waits (an expired, " +
          "unused link no longer counts); 409 `conflict` when your organisation already manages a profile; 400 " +
          "naming `body.method` when the profile has no contact email.",
        security: bearerAuth,
        params: supplierParams,
        body,
        response: { 201: claimSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      if (caller.membershipRole !== "owner") {
        throw new DomainError("forbidden", "Only an owner of your organisation can claim a profile");
      }
      const note = request.body.note ? request.body.note : null;
      if (request.body.method === "document") {
        const { documentId } = request.body;
        if (!documentId) {
          throw new DomainError("validation_failed", "Your request has invalid fields", [
            { field: "body.documentId", message: "is required with method document" },
          ]);
        }
        const claim = await startDocumentClaim(deps, caller, request.params.id, documentId, note);
        request.log.info({ claimId: claim.id }, "document claim waiting for review");
        return reply.code(201).send(claim);
      }
      const started = await startEmailClaim(deps, links, caller, request.params.id, note);
      await started.send(request.log);
      return reply.code(201).send(started.claim);
    },
  );
}
