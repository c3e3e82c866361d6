import { DomainError } from "@ketnoi/domain";
import { z } from "zod";
import { addressKey } from "../../rate-limits/limit-keys.js";
import { problemResponses } from "../../schemas/problem.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const body = z.object({ token: z.string().min(1, "is required").max(200) });

export function unlockSignIn(app: RouteApp, { signInUnlocks }: RouteContext) {
  app.post(
    "/v1/auth/login/unlock",
    {
      schema: {
        tags: ["auth"],
        summary: "Let the owner log in past the account-wide login ceiling, with the token from the email",
        description:
          "The address that calls this may log in to the account for the next hour (as long as the link was valid) even while the account " +
          "refuses logins from addresses it never used. Call it from the device the owner logs in from (a web " +
          "server calling for a browser must be a trusted proxy and forward the browser's address). The token " +
          "works once.",
        body,
        response: { 200: z.object({ unlocked: z.literal(true) }), ...problemResponses(400, 503) },
      },
    },
    async (request) => {
      if (!(await signInUnlocks.redeem(request.body.token, addressKey(request.ip)))) {
        throw new DomainError("invalid_token", "The unlock link is invalid, expired or already used", [
          { field: "body.token", message: "is invalid, expired or already used" },
        ]);
      }
      return { unlocked: true as const };
    },
  );
}
