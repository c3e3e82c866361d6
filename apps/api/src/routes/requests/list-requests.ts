import { accountRepository, messageThreadRepository, sourcingRequestRepository } from "@ketnoi/db";
import { sourcingRequestStatuses } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { sourcingRequestViewSchema } from "../../schemas/sourcing-request.js";
import { sourcingRequestView } from "../../services/sourcing-requests.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const querystring = z.object({
  status: z.enum(sourcingRequestStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

export function listRequests(app: RouteApp, { deps, zones }: RouteContext) {
  app.get(
    "/v1/requests",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["requests"],
        summary: "Your organisation's sourcing requests, most recently changed first",
        security: bearerAuth,
        querystring,
        response: {
          200: z.object({
            items: z.array(
              sourcingRequestViewSchema.extend({
                activity: z
                  .object({
                    matches: z.number(),
                    nearMisses: z.number(),
                    quotes: z.number().describe("Quotes standing now (declines not counted)"),
                    unreadMessages: z
                      .number()
                      .describe(
                        "Messages from suppliers, across the request's threads, nobody here has read",
                      ),
                  })
                  .describe("For the list: the current matches, near misses, quotes and unread messages"),
              }),
            ),
            total: z.number(),
            limit: z.number(),
            offset: z.number(),
          }),
          ...problemResponses(400, 401),
        },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const { status, limit, offset } = request.query;
      const [result, organization] = await Promise.all([
        sourcingRequestRepository.listSourcingRequests(deps.database.db, {
          organizationId: caller.organizationId,
          ...(status ? { status } : {}),
          limit,
          offset,
        }),
        accountRepository.findOrganization(deps.database.db, caller.organizationId),
      ]);
      const buyerName = organization?.name ?? null;
      const ids = result.items.map((r) => r.id);
      const [activity, unread] = await Promise.all([
        sourcingRequestRepository.activityOfRequests(deps.database.db, ids),
        messageThreadRepository.unreadByRequest(deps.database.db, ids, { side: "buyer" }),
      ]);
      return {
        items: result.items.map((r) => ({
          ...sourcingRequestView(r, zones, { asMember: true, buyerName }),
          activity: {
            ...(activity.get(r.id) ?? { matches: 0, nearMisses: 0, quotes: 0 }),
            unreadMessages: unread.get(r.id) ?? 0,
          },
        })),
        total: result.total,
        limit,
        offset,
      };
    },
  );
}
