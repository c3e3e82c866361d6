import { DomainError } from "@ketnoi/domain";
import { z } from "zod";
import { membershipRoleSchema } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import { describeInvitation } from "../../services/account-flows.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const body = z.object({ token: z.string().min(1, "is required").max(200) });

export function previewInvitation(app: RouteApp, { deps }: RouteContext) {
  app.post(
    "/v1/invitations/preview",
    {
      schema: {
        tags: ["organizations"],
        summary: "What an invitation link offers, before accepting it",
        description:
          "The organisation, who invited, the invited address and whether it already has an account (then " +
          "accepting needs no name or password). Changes nothing; the token stays in the body, never a URL.",
        body,
        response: {
          200: z.object({
            organizationName: z.string(),
            inviterName: z.string().nullable(),
            email: z.string(),
            role: membershipRoleSchema,
            hasAccount: z.boolean(),
            expiresAt: z.string(),
          }),
          ...problemResponses(400),
        },
      },
    },
    async (request) => {
      const found = await describeInvitation(deps, request.body.token);
      if (!found) {
        throw new DomainError("invalid_token", "The invitation is invalid, expired or already used", [
          { field: "body.token", message: "is invalid, expired or already used" },
        ]);
      }
      return {
        organizationName: found.organizationName,
        inviterName: found.inviterName ?? null,
        email: found.invitation.email,
        role: found.invitation.role,
        hasAccount: found.hasAccount,
        expiresAt: found.invitation.expiresAt.toISOString(),
      };
    },
  );
}
