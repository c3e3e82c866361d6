import { accountRepository } from "@ketnoi/db";
import { z } from "zod";
import { accountKey, addressKey } from "../../rate-limits/limit-keys.js";
import { emailSchema } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import type { AccountEmails } from "../../services/account-emails.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const body = z.object({ email: emailSchema });

export function requestPasswordReset(app: RouteApp, { deps, limiter }: RouteContext, emails: AccountEmails) {
  app.post(
    "/v1/auth/password-reset",
    {
      schema: {
        tags: ["auth"],
        summary: "Email a password-reset link",
        description:
          "Always answers 202, whether or not the address has an account, so it reveals no accounts.",
        body,
        response: { 202: z.object({ accepted: z.literal(true) }), ...problemResponses(400, 429, 503) },
      },
    },
    async (request, reply) => {
      const { email } = request.body;
      await limiter.consume([
        { limit: "resetPerAddress", key: addressKey(request.ip) },
        { limit: "resetPerAccount", key: accountKey(email) },
      ]);
      const user = await accountRepository.findUserByEmail(deps.database.db, email);
      if (user) {
        const send = await deps.database.db.transaction((tx) => emails.preparePasswordReset(tx, user));
        await send(request.log);
      }
      return reply.code(202).send({ accepted: true as const });
    },
  );
}
