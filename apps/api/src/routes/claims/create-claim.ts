import { DomainError, multiLineText } from "@ketnoi/domain";
import type { ProductLinks } from "@ketnoi/email";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { claimSchema } from "../../schemas/onboarding.js";
import { problemResponses } from "../../schemas/problem.js";
import { supplierParams } from "../../schemas/supplier.js";
import { claimLinkTtlHours, startEmailClaim } from "../../services/supplier-claims.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const body = z.object({
  method: z
    .enum(["email_link"])
    .describe("email_link: a link to the contact address on the profile proves the claim"),
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
          `Emails a single-use link, valid ${claimLinkTtlHours} hours, to the contact address on the profile; ` +
          "using it while signed in to your organisation makes it the profile's owner. 409 `already_claimed` " +
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
      const started = await startEmailClaim(
        deps,
        links,
        caller,
        request.params.id,
        request.body.note ? request.body.note : null,
      );
      await started.send(request.log);
      return reply.code(201).send(started.claim);
    },
  );
}
