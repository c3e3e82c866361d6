// Bull Board at /admin/queues: every queue of the job catalog under this app's BullMQ prefix, for platform admins
// only. Bull Board has no auth of its own, so one hook in front of all of its routes (the page, its JSON API and
// its static files) admits a platform admin's access token, from the Authorization header or from the cookie
// that POST /v1/admin/queues/session (routes/admin/create-queue-board-session.ts) sets for browsers. The board's
// routes are hidden from the OpenAPI document.
import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { FastifyAdapter } from "@bull-board/fastify";
import { accountRepository } from "@ketnoi/db";
import type { ErrorCode } from "@ketnoi/domain";
import { queueNames } from "@ketnoi/jobs";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AccessTokenClaims } from "../auth/access-token.js";
import { queueBoardPath, queueBoardTokenIn } from "../auth/queue-board-cookie.js";
import type { AppDependencies } from "../dependencies.js";
import { sendProblem } from "./problem-details.js";

interface QueueBoardOptions {
  deps: AppDependencies;
}

/** The board, under its own path. */
export async function queueBoardPlugin(app: FastifyInstance, { deps }: QueueBoardOptions): Promise<void> {
  await app.register(mountQueueBoard, { deps, prefix: queueBoardPath });
}

async function mountQueueBoard(board: FastifyInstance, { deps }: QueueBoardOptions): Promise<void> {
  const serverAdapter = new FastifyAdapter().setBasePath(queueBoardPath);
  createBullBoard({
    queues: Object.values(queueNames).map((name) => new BullMQAdapter(deps.jobs.queue(name))),
    serverAdapter,
    options: { uiConfig: { boardTitle: "Kết Nối jobs" } },
  });
  // Registered on this context before the board, so it runs first for every route the board adds.
  board.addHook("onRequest", (request, reply) => admitPlatformAdmin(board, deps, request, reply));
  await board.register(serverAdapter.registerPlugin());
}

/**
 * Answers 401 or 403 itself instead of throwing: Bull Board installs its own error handler on its routes, which
 * would turn our errors into its JSON shape rather than problem+json.
 */
async function admitPlatformAdmin(
  app: FastifyInstance,
  deps: AppDependencies,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | undefined> {
  const refuse = (code: ErrorCode, detail: string) => sendProblem(request, reply, code, detail);
  const token = presentedToken(request);
  if (token === undefined) {
    return refuse(
      "unauthorized",
      "Send a platform admin's access token, or open the board after POST /v1/admin/queues/session",
    );
  }
  let claims: AccessTokenClaims;
  try {
    // The same verifier as every other route: HS256, issuer, audience and expiry pinned.
    claims = app.jwt.verify<AccessTokenClaims>(token);
  } catch {
    return refuse("unauthorized", "Missing, expired or invalid access token");
  }
  try {
    // The admin flag is read from the database, not from the token, so a revoked admin loses the board at once.
    const found = await accountRepository.findMembership(deps.database.db, claims.org, claims.sub);
    if (!found) return refuse("unauthorized", "This session no longer has access to the organisation");
    if (!found.user.isPlatformAdmin)
      return refuse("forbidden", "Only platform admins can see the job queues");
  } catch (error) {
    request.log.error({ err: error }, "could not check access to the queue board");
    return refuse("service_unavailable", "Could not check your access; try again shortly");
  }
  return undefined;
}

/**
 * The Authorization header when one is sent (a wrong one is not rescued by the cookie), otherwise the cookie,
 * which browsers send only to the board's path.
 */
function presentedToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header !== undefined) return /^Bearer ([^\s]+)$/i.exec(header)?.[1];
  return queueBoardTokenIn(request.headers.cookie);
}
