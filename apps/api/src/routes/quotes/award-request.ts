import {
  accountRepository,
  jobOutboxRepository,
  requestResponseRepository,
  sourcingRequestRepository,
} from "@ketnoi/db";
import { awardProblem, DomainError, multiLineText, notFound } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { sourcingRequestParams, sourcingRequestViewSchema } from "../../schemas/sourcing-request.js";
import { requestAwardedJob } from "../../services/response-notifications.js";
import { kickJobOutbox, kickSearchSync } from "../../services/search-sync.js";
import { sourcingRequestView } from "../../services/sourcing-requests.js";
import { isRequestMember, requireBuyer } from "../requests/request-access.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function awardRequest(app: RouteApp, { deps, zones }: RouteContext) {
  app.post(
    "/v1/requests/:id/award",
    {
      config: { idempotent: true },
      onRequest: [app.authenticate, app.requireVerifiedEmail],
      schema: {
        tags: ["quotes"],
        summary: "Award a request to one quote",
        description:
          "For members of the buyer organisation. The request becomes `awarded`, the chosen quote `awarded` and " +
          "every other quote `not_awarded`; each quoting supplier is emailed. The winner keeps access to the " +
          "request, its files and its thread, and from now on both sides see each other's contact " +
          "(`GET /v1/requests/{id}/award`); the others see the outcome and the buyer's `reason` in their own " +
          "quote (`GET /v1/requests/{id}/quote`). An open request can be awarded " +
          "at any time, an expired one up to 30 days after its quote deadline.",
        security: bearerAuth,
        params: sourcingRequestParams,
        body: z.object({
          responseId: z.uuid("must be a quote id").describe("The quote to award"),
          reason: multiLineText(1000)
            .default("")
            .describe("Why this quote won; told to the other quoting suppliers (not who won)"),
        }),
        response: { 200: sourcingRequestViewSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      requireBuyer(caller);
      const now = deps.clock();
      const awarded = await deps.database.db.transaction(async (tx) => {
        const found = await sourcingRequestRepository.findSourcingRequestForUpdate(tx, request.params.id);
        if (!found || !isRequestMember(caller, found)) throw notFound("Sourcing request");
        const problem = awardProblem(found.status, found.quoteDeadline, now);
        if (problem) throw new DomainError("conflict", problem);
        const quote = await requestResponseRepository.findResponseById(tx, request.body.responseId);
        if (!quote || quote.requestId !== found.id || quote.kind !== "quote") {
          throw new DomainError("validation_failed", "Your request has invalid fields", [
            { field: "body.responseId", message: "is not a quote on this request" },
          ]);
        }
        await requestResponseRepository.settleQuotes(tx, found.id, quote.id);
        await jobOutboxRepository.queueOutboxJobs(tx, [requestAwardedJob(found.id)]);
        return sourcingRequestRepository.updateSourcingRequest(tx, found.id, {
          status: "awarded",
          awardedResponseId: quote.id,
          awardReason: request.body.reason,
          awardedByUserId: caller.userId,
          closedAt: found.closedAt ?? now,
        });
      });
      if (!awarded) throw notFound("Sourcing request");
      await kickSearchSync(deps, request.log);
      await kickJobOutbox(deps, request.log);
      const organization = await accountRepository.findOrganization(deps.database.db, caller.organizationId);
      return sourcingRequestView(awarded, zones, { asMember: true, buyerName: organization?.name ?? null });
    },
  );
}
