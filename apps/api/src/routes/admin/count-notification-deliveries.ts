import { onboardingRepository } from "@ketnoi/db";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const query = z.object({
  days: z.coerce.number().int().min(1).max(90).default(7).describe("How many days back to count"),
});

const response = z
  .object({
    since: z.string(),
    counts: z.array(
      z.object({
        kind: z.string().describe("What the email was about, e.g. quote_received"),
        status: z.enum(["planned", "sent", "failed", "skipped"]),
        count: z.number().int(),
      }),
    ),
  })
  .meta({ id: "NotificationDeliveryCounts" });

export function countNotificationDeliveries(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/admin/notifications",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["admin"],
        summary: "Immediate notification emails of the last days, by kind and status (platform admins)",
        description: "From the notification ledger; `GET /v1/admin/digests` covers the weekly digest.",
        security: bearerAuth,
        querystring: query,
        response: { 200: response, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const since = new Date(deps.clock().getTime() - request.query.days * 86_400_000);
      const counts = await onboardingRepository.countNotificationDeliveriesSince(deps.database.db, since);
      return { since: since.toISOString(), counts };
    },
  );
}
