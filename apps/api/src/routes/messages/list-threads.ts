import { messageThreadRepository } from "@ketnoi/db";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { threadSummarySchema } from "../../schemas/message-thread.js";
import { problemResponses } from "../../schemas/problem.js";
import { sourcingRequestParams } from "../../schemas/sourcing-request.js";
import { requestPartyOf } from "../../services/request-parties.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function listThreads(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/requests/:id/threads",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["messages"],
        summary: "The request's message threads, with unread counts",
        description:
          "The buyer sees every thread of its request (one per supplier that wrote or was written to), most " +
          "recently active first; a supplier taking part sees its own thread only. Unread counts are per side: " +
          "messages from the other side written after anyone of the caller's organisation last read the thread. " +
          "Anyone else gets 404.",
        security: bearerAuth,
        params: sourcingRequestParams,
        response: {
          200: z.object({ items: z.array(threadSummarySchema), unread: z.number().int() }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const party = await requestPartyOf(deps, caller, request.params.id);
      if (party.role === "supplier" && party.request.hiddenAt !== null) {
        return { items: [], unread: 0 };
      }
      const threads = await messageThreadRepository.listThreadsOfRequest(
        deps.database.db,
        party.request.id,
        party.role,
        party.role === "supplier" ? party.supplier.id : undefined,
      );
      return {
        items: threads.map((thread) => ({
          supplier: { id: thread.supplierId, name: thread.supplierName },
          messages: thread.messages,
          unread: thread.unread,
          lastMessageAt: thread.lastMessageAt?.toISOString() ?? null,
        })),
        unread: threads.reduce((sum, thread) => sum + thread.unread, 0),
      };
    },
  );
}
