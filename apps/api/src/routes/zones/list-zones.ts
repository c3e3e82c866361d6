import { listZones as queryZones } from "@ketnoi/db";
import { DomainError, resolveProvince, singleLineText } from "@ketnoi/domain";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import type { RouteApp, RouteContext } from "../route-context.js";
import { toZoneView, zoneKindSchema, zoneSchema, zoneStatusSchema } from "./zone-schema.js";

const querystring = z.object({
  q: singleLineText(100).optional().describe("Name, with or without diacritics: 'song than', 'VSIP'"),
  province: singleLineText(100)
    .optional()
    .describe(
      "A 2025 province or a former one people still name: 'Bình Dương', 'binh duong', 'TP.HCM', 'BRVT'",
    ),
  kind: zoneKindSchema.optional(),
  status: zoneStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

export function listZones(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/zones",
    {
      schema: {
        tags: ["zones"],
        summary: "Find industrial zones by province and name",
        querystring,
        response: {
          200: z.object({
            items: z.array(zoneSchema),
            total: z.number().int(),
            limit: z.number().int(),
            offset: z.number().int(),
          }),
          ...problemResponses(400),
        },
      },
    },
    async (request) => {
      const { q, province, kind, status, limit, offset } = request.query;
      const provinceMatch = province === undefined ? undefined : resolveProvince(province);
      if (province !== undefined && !provinceMatch) {
        throw new DomainError("validation_failed", "Your request has invalid fields", [
          { field: "query.province", message: `unknown province '${province}'` },
        ]);
      }
      const result = await queryZones(deps.database.db, {
        ...(q ? { q } : {}),
        ...(provinceMatch ? { province: provinceMatch } : {}),
        ...(kind ? { kind } : {}),
        ...(status ? { status } : {}),
        limit,
        offset,
      });
      return { items: result.items.map(toZoneView), total: result.total, limit, offset };
    },
  );
}
