import { exchangeRateRepository } from "@ketnoi/db";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import { referenceRateSchema } from "../../schemas/request-response.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function listExchangeRates(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/admin/exchange-rates",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["admin"],
        summary: "The reference exchange rates, newest first per currency (platform admins)",
        security: bearerAuth,
        response: {
          200: z.object({ items: z.array(referenceRateSchema) }),
          ...problemResponses(401, 403),
        },
      },
    },
    async () => ({ items: await exchangeRateRepository.listExchangeRates(deps.database.db) }),
  );
}
