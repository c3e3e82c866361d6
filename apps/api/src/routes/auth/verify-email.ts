import { DomainError } from "@ketnoi/domain";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import { confirmEmailVerification } from "../../services/account-flows.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const body = z.object({ token: z.string().min(1, "is required").max(200) });

export function verifyEmail(app: RouteApp, { deps }: RouteContext) {
  app.post(
    "/v1/auth/verify-email",
    {
      schema: {
        tags: ["auth"],
        summary: "Verify an email address with the token from the verification email",
        body,
        response: { 200: z.object({ verified: z.literal(true) }), ...problemResponses(400) },
      },
    },
    async (request) => {
      if (!(await confirmEmailVerification(deps, request.body.token))) {
        throw new DomainError("invalid_token", "The verification link is invalid, expired or already used", [
          { field: "body.token", message: "is invalid, expired or already used" },
        ]);
      }
      return { verified: true as const };
    },
  );
}
