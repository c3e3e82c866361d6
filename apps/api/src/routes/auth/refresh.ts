import { accountRepository, tokenRepository } from "@ketnoi/db";
import { DomainError } from "@ketnoi/domain";
import { z } from "zod";
import { hashToken } from "../../auth/secure-tokens.js";
import { issueSession } from "../../auth/sessions.js";
import { sessionSchema } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const body = z.object({ refreshToken: z.string().min(1, "is required").max(200) });

export function refresh(app: RouteApp, { deps }: RouteContext) {
  app.post(
    "/v1/auth/refresh",
    {
      schema: {
        tags: ["auth"],
        summary: "Exchange a refresh token for a new session",
        description:
          "Refresh tokens are single use. Presenting one that was already used revokes every token of its " +
          "session family: both the thief and the owner must log in again.",
        body,
        response: { 200: sessionSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      const now = deps.clock();
      const session = await deps.database.db.transaction(async (tx) => {
        const spent = await tokenRepository.spendRefreshToken(tx, hashToken(request.body.refreshToken), now);
        if (spent.status !== "spent") return spent;
        // The member may have been removed since the session started.
        const membership = await accountRepository.findMembership(tx, spent.organizationId, spent.userId);
        if (!membership) return { status: "invalid" as const };
        return issueSession(app, tx, {
          userId: spent.userId,
          organizationId: spent.organizationId,
          familyId: spent.familyId,
          now,
          accessTtlSeconds: deps.config.ACCESS_TOKEN_TTL_SECONDS,
          refreshTtlDays: deps.config.REFRESH_TOKEN_TTL_DAYS,
        });
      });
      if ("status" in session) {
        if (session.status === "reused") {
          request.log.warn({ familyId: session.familyId }, "refresh token reused; session family revoked");
        }
        throw new DomainError("unauthorized", "Refresh token is invalid, expired or already used");
      }
      return session;
    },
  );
}
