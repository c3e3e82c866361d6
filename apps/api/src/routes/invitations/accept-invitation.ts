import { DomainError, newPasswordSchema, personNameSchema } from "@ketnoi/domain";
import { z } from "zod";
import {
  languageSchema,
  organizationSchema,
  sessionSchema,
  toOrganizationView,
  toUserView,
  userSchema,
} from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import { acceptInvitationWithToken } from "../../services/account-flows.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const body = z.object({
  token: z.string().min(1, "is required").max(200),
  name: personNameSchema.optional().describe("Required when the invited address has no account yet"),
  password: newPasswordSchema
    .optional()
    .describe(
      "Required when the invited address has no account yet; at least 10 characters, not easy to guess",
    ),
  language: languageSchema.optional(),
});

export function acceptInvitation(app: RouteApp, { deps }: RouteContext) {
  app.post(
    "/v1/invitations/accept",
    {
      schema: {
        tags: ["organizations"],
        summary: "Accept an invitation",
        description:
          "Adds the invited address to the organisation, creating its account (name and password required) when " +
          "there is none. The invitation link proves control of the address, so a new account starts verified. " +
          "Returns a session for the organisation.",
        body,
        response: {
          200: z.object({
            user: userSchema,
            organization: organizationSchema,
            createdAccount: z.boolean(),
            session: sessionSchema,
          }),
          ...problemResponses(400),
        },
      },
    },
    async (request) => {
      const result = await acceptInvitationWithToken(app, deps, request.body);
      if (!result.ok && result.reason === "invalid_fields") {
        throw new DomainError("validation_failed", "Your request has invalid fields", result.fields);
      }
      if (!result.ok) {
        throw new DomainError("invalid_token", "The invitation is invalid, expired or already used", [
          { field: "body.token", message: "is invalid, expired or already used" },
        ]);
      }
      const { user, organization, session, createdAccount } = result.value;
      return {
        user: toUserView(user),
        organization: toOrganizationView(organization),
        createdAccount,
        session,
      };
    },
  );
}
