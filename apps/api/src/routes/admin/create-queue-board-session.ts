// Registered by plugins/queue-board.ts, next to the board it opens, rather than in routes/index.ts.
import { z } from "zod";
import type { AppDependencies } from "../../dependencies.js";
import { queueBoardCookie, queueBoardPath } from "../../lib/queue-board-cookie.js";
import type { AccessTokenClaims } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp } from "../route-context.js";

export function createQueueBoardSession(app: RouteApp, deps: AppDependencies) {
  app.post(
    "/v1/admin/queues/session",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["admin"],
        summary: "Open the job queue board in this browser (platform admins)",
        description:
          `Sets an HttpOnly, SameSite=Strict cookie for ${queueBoardPath} holding the access token this request ` +
          `was made with, so the browser can then open ${queueBoardPath}. It lasts as long as the token does; ` +
          "call again with a fresh token when the board stops answering.",
        security: bearerAuth,
        response: { 204: z.null(), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      // The token authenticate has just verified, read the same way.
      const token = app.jwt.lookupToken(request);
      const { exp } = request.user as AccessTokenClaims & { exp: number };
      const maxAgeSeconds = exp - deps.clock().getTime() / 1000;
      return reply
        .code(204)
        .header("cache-control", "no-store")
        .header(
          "set-cookie",
          queueBoardCookie(token, { maxAgeSeconds, secure: deps.config.PUBLIC_URL.startsWith("https:") }),
        )
        .send(null);
    },
  );
}
