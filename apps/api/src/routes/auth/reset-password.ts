import { DomainError, newPasswordSchema } from "@ketnoi/domain";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import { resetPasswordWithToken } from "../../services/account-flows.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const body = z.object({ token: z.string().min(1, "is required").max(200), password: newPasswordSchema });

export function resetPassword(app: RouteApp, { deps }: RouteContext) {
  app.post(
    "/v1/auth/reset-password",
    {
      schema: {
        tags: ["auth"],
        summary: "Set a new password with the token from the reset email",
        description: "Ends every session of the account: all its refresh tokens are revoked.",
        body,
        response: { 204: z.null(), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const result = await resetPasswordWithToken(deps, request.body.token, request.body.password);
      if (!result.ok && result.reason === "invalid_fields") {
        throw new DomainError("validation_failed", "Your request has invalid fields", result.fields);
      }
      if (!result.ok) {
        throw new DomainError("invalid_token", "The reset link is invalid, expired or already used", [
          { field: "body.token", message: "is invalid, expired or already used" },
        ]);
      }
      return reply.code(204).send(null);
    },
  );
}
