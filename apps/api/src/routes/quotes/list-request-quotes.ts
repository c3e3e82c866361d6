import { exchangeRateRepository, requestResponseRepository, sourcingRequestRepository } from "@ketnoi/db";
import { compareQuotes, hcmcDate, notFound, responsivenessOf } from "@ketnoi/domain";
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
          "For members of the buyer organisation (anyone else gets 404): every quote with its terms, its totals " +
          "for the requested volume (unit price × quantity + one-off tooling and samples, with and without VAT) " +
          "and their dong equivalents at the admins' latest reference rate of each currency (named with its " +
          "date in `figures.rate` and `summary.ratesUsed`), the rows where it is lowest after conversion " +
          "(`figures.lowestIn`), and whether it delivers in time; shortlisted first and then cheapest, followed " +
          "by the declines with their reasons. A currency without a reference rate is never converted or " +
          "compared on price: its quotes show `conversion: no_rate` and the currency is listed in " +
          "`summary.missingRates`.",
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
      const views = rows.map((row) => requestResponseView(row, found, { language: caller.language, now }));
      const [rates, samples] = await Promise.all([
        exchangeRateRepository.latestExchangeRates(db, hcmcDate(now)),
        requestResponseRepository.responseSamplesOf(
          db,
          views.map((view) => view.supplier.id),
        ),
      ]);
      const comparison = compareQuotes(
        rows.flatMap(({ response }) =>
          response.kind === "quote" && response.unitPriceAmount !== null && response.currency !== null
            ? [
                {
                  responseId: response.id,
                  currency: response.currency,
                  unitPrice: response.unitPriceAmount,
                  leadTimeDays: response.leadTimeDays ?? 0,
                  vatRatePercent: response.vatRatePercent,
                  vatIncluded: response.vatIncluded,
                  depositPercent: response.paymentDays === null ? null : (response.depositPercent ?? 0),
                  toolingCost: response.toolingCost,
                  sampleCost: response.sampleCost,
                },
              ]
            : [],
        ),
        found.quantity.value,
        rates,
      );
      const items = views.map((view) => ({
        ...view,
        figures: comparison.figures.get(view.id) ?? null,
        // The same figures the matching scores suppliers on, so the buyer reads what the ranking used.
        responsiveness: responsivenessOf(samples.get(view.supplier.id) ?? [], now),
      }));
      const totals = [...comparison.figures.entries()].flatMap(([responseId, figures]) =>
        figures.vnd ? [{ responseId, amount: figures.vnd.total }] : [],
      );
      const lowestTotal = totals.length > 0 ? Math.min(...totals.map((entry) => entry.amount)) : null;
      return {
        items,
        summary: {
          ...quoteComparisonSummary(views),
          quantity: found.quantity,
          ratesUsed: comparison.ratesUsed,
          missingRates: comparison.missingRates,
          lowestTotalVnd:
            lowestTotal === null
              ? null
              : {
                  amount: lowestTotal,
                  responseIds: totals
                    .filter((entry) => entry.amount === lowestTotal)
                    .map((entry) => entry.responseId),
                },
        },
      };
    },
  );
}
