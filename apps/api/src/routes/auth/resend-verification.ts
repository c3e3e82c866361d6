import { accountRepository } from "@ketnoi/db";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { addressKey } from "../../rate-limits/limit-keys.js";
import { problemResponses } from "../../schemas/problem.js";
import type { AccountEmails } from "../../services/account-emails.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function resendVerification(app: RouteApp, { deps, limiter }: RouteContext, emails: AccountEmails) {
  app.post(
    "/v1/auth/verify-email/resend",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["auth"],
        summary: "Send the verification email again",
        description: "Earlier links stop working. Answers 202 and sends nothing when already verified.",
        security: bearerAuth,
        response: { 202: z.object({ sent: z.boolean() }), ...problemResponses(401, 429, 503) },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const found = await accountRepository.findMembership(
        deps.database.db,
        caller.organizationId,
        caller.userId,
      );
      if (!found || found.user.emailVerifiedAt) return reply.code(202).send({ sent: false });
      await limiter.consume([
        { limit: "verificationResendPerAddress", key: addressKey(request.ip) },
        { limit: "verificationResendPerAccount", key: caller.userId },
      ]);
      const send = await deps.database.db.transaction((tx) =>
        emails.prepareVerification(tx, found.user, found.organization.name),
      );
      await send(request.log);
      return reply.code(202).send({ sent: true });
    },
  );
}
