import { accountRepository } from "@ketnoi/db";
import { DomainError } from "@ketnoi/domain";
import { decoyPasswordHash, verifyPassword } from "@ketnoi/passwords";
import { z } from "zod";
import { issueSession } from "../../auth/sessions.js";
import { rateLimits } from "../../lib/rate-limits.js";
import { emailSchema, sessionSchema, uuidSchema } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const body = z.object({
  email: emailSchema,
  password: z.string().min(1, "is required").max(200),
  organizationId: uuidSchema
    .optional()
    .describe("Which of your organisations the session acts for; defaults to the one you joined first"),
});

export function login(app: RouteApp, { deps, limiter }: RouteContext) {
  app.post(
    "/v1/auth/login",
    {
      schema: {
        tags: ["auth"],
        summary: "Log in with email and password",
        body,
        response: { 200: sessionSchema, ...problemResponses(400, 401, 429) },
      },
    },
    async (request) => {
      const { email, password, organizationId } = request.body;
      await limiter.consume([
        { key: `login:ip:${request.ip}`, limit: rateLimits.loginPerAddress },
        { key: `login:account:${email}`, limit: rateLimits.loginPerAccount },
      ]);
      const invalid = new DomainError("invalid_credentials", "Email or password is incorrect");
      const user = await accountRepository.findUserByEmail(deps.database.db, email);
      const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
      if (!user || !passwordOk) throw invalid;

      const memberships = await accountRepository.listMembershipsOfUser(deps.database.db, user.id);
      const chosen = organizationId
        ? memberships.find((m) => m.organization.id === organizationId)
        : memberships[0];
      if (!chosen) {
        // Same answer whether the organisation does not exist or is someone else's.
        throw new DomainError(
          "invalid_credentials",
          "Email or password is incorrect, or no such organisation",
        );
      }
      return issueSession(app, deps.database.db, {
        userId: user.id,
        organizationId: chosen.organization.id,
        now: deps.clock(),
        accessTtlSeconds: deps.config.ACCESS_TOKEN_TTL_SECONDS,
        refreshTtlDays: deps.config.REFRESH_TOKEN_TTL_DAYS,
      });
    },
  );
}
