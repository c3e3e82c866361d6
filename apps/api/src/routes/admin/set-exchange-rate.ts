import { exchangeRateRepository } from "@ketnoi/db";
import { currencyCodeSchema, DomainError, hcmcDate } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { referenceRateSchema } from "../../schemas/request-response.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const params = z.object({
  currency: currencyCodeSchema.refine((code) => code !== "VND", { message: "VND is the reference itself" }),
});
const body = z.object({
  vndPerUnit: z
    .number()
    .positive("must be greater than 0")
    .max(1e9)
    .describe("Dong for one unit of the currency"),
  rateDate: z.iso
    .date("must be a date as YYYY-MM-DD")
    .describe("The day the rate is from (a bank's published rate)"),
});

export function setExchangeRate(app: RouteApp, { deps }: RouteContext) {
  app.put(
    "/v1/admin/exchange-rates/:currency",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["admin"],
        summary: "Set a reference exchange rate to the dong for a date (platform admins)",
        description:
          "Quote comparisons convert each currency with its latest rate on or before today and show which. " +
          "Setting the same currency and date again replaces the rate. A date in the future is a 400.",
        security: bearerAuth,
        params,
        body,
        response: { 200: referenceRateSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      if (request.body.rateDate > hcmcDate(deps.clock())) {
        throw new DomainError("validation_failed", "Your request has invalid fields", [
          { field: "body.rateDate", message: "must not be in the future" },
        ]);
      }
      return deps.database.db.transaction((tx) =>
        exchangeRateRepository.setExchangeRate(tx, {
          currency: request.params.currency,
          rateDate: request.body.rateDate,
          vndPerUnit: request.body.vndPerUnit,
          userId: caller.userId,
        }),
      );
    },
  );
}
