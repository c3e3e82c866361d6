import { digestLedger } from "@ketnoi/db";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const deliveryStatuses = ["planned", "sent", "failed", "skipped"] as const;

const query = z.object({
  week: z
    .string()
    .regex(/^\d{4}-W\d{2}$/, "must be an ISO week such as 2026-W50")
    .optional()
    .describe("Defaults to the week planned last"),
  status: z.enum(deliveryStatuses).default("failed"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  after: z.uuid("must be a delivery id from nextAfter").optional(),
});

const deliverySchema = z.object({
  id: z.string(),
  userId: z.string(),
  email: z.string(),
  status: z.enum(deliveryStatuses),
  attempts: z.number().int(),
  lastError: z
    .string()
    .nullable()
    .describe("The SMTP server's reply or the network error of the last attempt"),
  permanentFailure: z.boolean().describe("A 5xx refusal: later runs do not try again"),
  skipReason: z.string().nullable(),
  itemCount: z.number().int().nullable(),
  messageId: z.string().nullable(),
  plannedAt: z.string(),
  sentAt: z.string().nullable(),
  updatedAt: z.string(),
});

const response = z
  .object({
    week: z.string().nullable(),
    counts: z.record(z.enum(deliveryStatuses), z.number().int()),
    deliveries: z.array(deliverySchema),
    nextAfter: z.string().nullable().describe("Pass as `after` for the next page; null on the last"),
  })
  .meta({ id: "DigestDeliveries" });

export function listDigestDeliveries(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/admin/digests",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["admin"],
        summary: "How a week's digests went, and which failed (platform admins)",
        description:
          "The digest ledger: one row per recipient and ISO week. `failed` rows ran out of retries or were refused " +
          "for good (5xx); the next daily run tries temporary failures again.",
        security: bearerAuth,
        querystring: query,
        response: { 200: response, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const db = deps.database.db;
      const week = request.query.week ?? (await digestLedger.latestDigestWeek(db)) ?? null;
      if (week === null) {
        return {
          week,
          counts: { planned: 0, sent: 0, failed: 0, skipped: 0 },
          deliveries: [],
          nextAfter: null,
        };
      }
      const [counts, rows] = await Promise.all([
        digestLedger.countDigestDeliveries(db, week),
        digestLedger.listDigestDeliveries(db, {
          weekKey: week,
          status: request.query.status,
          limit: request.query.limit,
          afterId: request.query.after,
        }),
      ]);
      return {
        week,
        counts,
        deliveries: rows.map((row) => ({
          ...row,
          plannedAt: row.plannedAt.toISOString(),
          sentAt: row.sentAt?.toISOString() ?? null,
          updatedAt: row.updatedAt.toISOString(),
        })),
        nextAfter: rows.length === request.query.limit ? (rows[rows.length - 1]?.id ?? null) : null,
      };
    },
  );
}
