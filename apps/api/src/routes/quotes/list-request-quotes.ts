import { requestResponseRepository, sourcingRequestRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { requestQuoteComparisonSchema } from "../../schemas/request-response.js";
import { sourcingRequestParams } from "../../schemas/sourcing-request.js";
import { quoteComparisonSummary, requestResponseView } from "../../services/request-responses.js";
import { isRequestMember } from "../requests/request-access.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const querystring = z.object({
  shortlisted: z
    .enum(["true", "false"])
    .default("false")
    .describe("true: only the quotes on the shortlist, to compare them side by side"),
});

export function listRequestQuotes(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/requests/:id/quotes",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["quotes"],
        summary: "Compare the quotes on a request",
        description:
          "For members of the buyer organisation (anyone else gets 404): every quote with its estimated total " +
          "and whether it delivers in time, shortlisted first and then cheapest, followed by the declines with " +
          "their reasons, and a summary (cheapest per currency, shortest lead time).",
        security: bearerAuth,
        params: sourcingRequestParams,
        querystring,
        response: { 200: requestQuoteComparisonSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const db = deps.database.db;
      const found = await sourcingRequestRepository.findSourcingRequestById(db, request.params.id);
      if (!found || !isRequestMember(caller, found)) throw notFound("Sourcing request");
      const rows = await requestResponseRepository.listResponsesForRequest(db, found.id, {
        shortlistedOnly: request.query.shortlisted === "true",
      });
      const now = deps.clock();
      const items = rows.map((row) => requestResponseView(row, found, { language: caller.language, now }));
      return { items, summary: quoteComparisonSummary(items) };
    },
  );
}
