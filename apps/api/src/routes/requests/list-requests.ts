import { accountRepository, sourcingRequestRepository } from "@ketnoi/db";
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
            items: z.array(sourcingRequestViewSchema),
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
      return {
        items: result.items.map((r) => sourcingRequestView(r, zones, { asMember: true, buyerName })),
        total: result.total,
        limit,
        offset,
      };
    },
  );
}
