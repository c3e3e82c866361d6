import { getZone as findZone } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import type { RouteApp, RouteContext } from "../route-context.js";
import { toZoneView, zoneSchema } from "./zone-schema.js";

const params = z.object({
  id: z
    .string()
    .max(100)
    .regex(/^[a-z0-9-]+$/, "must be a zone id such as kcn-vsip-1"),
});

export function getZone(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/zones/:id",
    {
      schema: {
        tags: ["zones"],
        summary: "One zone",
        params,
        response: { 200: zoneSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const zone = await findZone(deps.database.db, request.params.id);
      if (!zone) throw notFound("Zone");
      return toZoneView(zone);
    },
  );
}
