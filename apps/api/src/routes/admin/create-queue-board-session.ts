// Opens the queue board (plugins/queue-board.ts) in a browser, which cannot send an Authorization header there.
import { z } from "zod";
import type { AccessTokenClaims } from "../../auth/access-token.js";
import { queueBoardCookie, queueBoardPath } from "../../auth/queue-board-cookie.js";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function createQueueBoardSession(app: RouteApp, { deps }: RouteContext) {
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
