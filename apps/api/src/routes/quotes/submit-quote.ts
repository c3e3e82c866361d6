import { quoteSchema } from "@ketnoi/domain";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { ownResponseSchema } from "../../schemas/request-response.js";
import { sourcingRequestParams } from "../../schemas/sourcing-request.js";
import { answerRequest, ownResponseView, requestResponseView } from "../../services/request-responses.js";
import { quoteReceivedJob } from "../../services/response-notifications.js";
import { kickJobOutbox } from "../../services/search-sync.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function submitQuote(app: RouteApp, { deps, limiter }: RouteContext) {
  app.put(
    "/v1/requests/:id/quote",
    {
      config: { idempotent: true },
      onRequest: [app.authenticate, app.requireVerifiedEmail],
      schema: {
        tags: ["quotes"],
        summary: "Quote on a request, or revise the quote",
        description:
          "For suppliers matched to the request (matches and near misses), until its quote deadline. The first " +
          "call creates the quote (201), later ones revise it (200, `revision` + 1); a decline can be turned " +
          "into a quote the same way. Sending the terms the quote already has changes nothing (200, same " +
          "`revision`). The buyer is emailed about the quote at once and about later revisions at most every " +
          "15 minutes. At most 10 changes per request and supplier per hour; resending the same terms does not count (429 `quoteRevisionsPerResponse`).",
        security: bearerAuth,
        params: sourcingRequestParams,
        body: quoteSchema,
        response: {
          200: ownResponseSchema,
          201: ownResponseSchema,
          ...problemResponses(400, 401, 403, 404, 409, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const now = deps.clock();
      const saved = await answerRequest(deps, caller, {
        requestId: request.params.id,
        now,
        answer: { kind: "quote", quote: request.body },
        // Each revision reaches the buyer: bound how often one supplier revises on one request. The same terms
        // sent again are no revision and do not count.
        beforeChange: () =>
          limiter.consume([
            { limit: "quoteRevisionsPerResponse", key: `${request.params.id}:${caller.organizationId}` },
          ]),
        // The buyer's email commits with the quote. The same terms again (a retry, a second click) are not a
        // revision: nobody is told twice.
        jobsOnChange: (response) => [quoteReceivedJob(response)],
      });
      if (saved.changed) await kickJobOutbox(deps, request.log);
      return reply
        .code(saved.created ? 201 : 200)
        .send(
          ownResponseView(
            requestResponseView(saved.row, saved.request, { language: caller.language, now }),
            saved.request,
          ),
        );
    },
  );
}
