import { tokenRepository } from "@ketnoi/db";
import { z } from "zod";
import { hashToken } from "../../auth/secure-tokens.js";
import { problemResponses } from "../../schemas/problem.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const body = z.object({ refreshToken: z.string().min(1, "is required").max(200) });

export function logout(app: RouteApp, { deps }: RouteContext) {
  app.post(
    "/v1/auth/logout",
    {
      schema: {
        tags: ["auth"],
        summary: "End a session",
        description:
          "Revokes the refresh token and its whole family. Idempotent: an unknown or already revoked token " +
          "also answers 204, so logging out never fails for the person.",
        body,
        response: { 204: z.null(), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const family = await tokenRepository.findRefreshFamilyByToken(
        deps.database.db,
        hashToken(request.body.refreshToken),
      );
      if (family) {
        await deps.database.db.transaction((tx) =>
          tokenRepository.revokeRefreshFamily(tx, family.familyId, deps.clock()),
        );
      }
      return reply.code(204).send(null);
    },
  );
}
