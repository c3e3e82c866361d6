import { requestResponseRepository, sourcingRequestRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { ownResponseSchema } from "../../schemas/request-response.js";
import { sourcingRequestParams } from "../../schemas/sourcing-request.js";
import { callerSupplier, ownResponseView, requestResponseView } from "../../services/request-responses.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function getOwnResponse(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/requests/:id/quote",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["quotes"],
        summary: "The caller's own quote or decline on a request",
        description: "For the supplier that answered; with the outcome once the buyer awarded the request.",
        security: bearerAuth,
        params: sourcingRequestParams,
        response: { 200: ownResponseSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const supplier = await callerSupplier(deps, caller);
      const db = deps.database.db;
      const [found, response] = await Promise.all([
        sourcingRequestRepository.findSourcingRequestById(db, request.params.id),
        requestResponseRepository.findResponse(db, request.params.id, supplier.id),
      ]);
      if (!found || !response) throw notFound("Quote");
      const row = await requestResponseRepository.findResponseRow(db, found.id, response.id);
      if (!row) throw notFound("Quote");
      return ownResponseView(
        requestResponseView(row, found, { language: caller.language, now: deps.clock() }),
        found,
      );
    },
  );
}
