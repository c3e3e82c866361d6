import { callerOf } from "../../plugins/authentication.js";
import { threadParams, threadSchema } from "../../schemas/message-thread.js";
import { problemResponses } from "../../schemas/problem.js";
import { readThread, threadAccessOf } from "../../services/message-threads.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function readThreadRoute(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/requests/:id/threads/:supplierId",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["messages"],
        summary: "Read the thread between the request's buyer and one supplier",
        description:
          "The messages oldest first, each with its files (fresh download links). Reading marks the thread read " +
          "for the caller's side (its whole organisation). A supplier reads only its own thread, while it takes " +
          "part in the request (after the award: the winner); the buyer reads the thread of any supplier that " +
          "takes or took part. A thread nobody wrote in yet comes back empty. Anyone else gets 404.",
        security: bearerAuth,
        params: threadParams,
        response: { 200: threadSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const access = await threadAccessOf(deps, caller, request.params.id, request.params.supplierId);
      const messages = await readThread(deps, access);
      return {
        requestId: access.request.id,
        supplier: {
          id: access.supplier.id,
          name: access.supplier.tradeName ?? access.supplier.legalName,
        },
        canPost: access.canPost,
        messages,
      };
    },
  );
}
