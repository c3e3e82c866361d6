import { requestResponseRepository, sourcingRequestRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { quoteParams, requestResponseSchema } from "../../schemas/request-response.js";
import { requestResponseView } from "../../services/request-responses.js";
import { isRequestMember } from "../requests/request-access.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function shortlistQuote(app: RouteApp, { deps }: RouteContext) {
  app.put(
    "/v1/requests/:id/quotes/:responseId/shortlist",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["quotes"],
        summary: "Put a quote on the shortlist, or take it off",
        description: "For members of the buyer organisation. Suppliers do not see the shortlist.",
        security: bearerAuth,
        params: quoteParams,
        body: z.object({ shortlisted: z.boolean() }),
        response: { 200: requestResponseSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const db = deps.database.db;
      const found = await sourcingRequestRepository.findSourcingRequestById(db, request.params.id);
      if (!found || !isRequestMember(caller, found)) throw notFound("Sourcing request");
      const updated = await db.transaction((tx) =>
        requestResponseRepository.setShortlisted(
          tx,
          found.id,
          request.params.responseId,
          request.body.shortlisted,
        ),
      );
      if (!updated) throw notFound("Quote");
      const row = await requestResponseRepository.findResponseRow(db, found.id, updated.id);
      if (!row) throw notFound("Quote");
      return requestResponseView(row, found, { language: caller.language, now: deps.clock() });
    },
  );
}
