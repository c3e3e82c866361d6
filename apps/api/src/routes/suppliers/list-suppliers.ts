import { supplierRepository } from "@ketnoi/db";
import { DomainError } from "@ketnoi/domain";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import { supplierSchema } from "../../schemas/supplier.js";
import { supplierView } from "../../services/supplier-profiles.js";
import type { RouteApp, RouteContext } from "../route-context.js";
import { canSeeCertificateFiles, canSeeContact } from "./supplier-access.js";

const querystring = z.object({
  mine: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true")
    .describe("Only your organisation's profile (needs a token); includes it when paused"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

export function listSuppliers(app: RouteApp, { deps, zones }: RouteContext) {
  app.get(
    "/v1/suppliers",
    {
      onRequest: [app.identify],
      schema: {
        tags: ["suppliers"],
        summary: "Browse active supplier profiles, newest changes first",
        description: "For finding suppliers by what they make, use /v1/suppliers/search.",
        querystring,
        response: {
          200: z.object({
            items: z.array(supplierSchema),
            total: z.number(),
            limit: z.number(),
            offset: z.number(),
          }),
          ...problemResponses(400, 401),
        },
      },
    },
    async (request) => {
      const { mine, limit, offset } = request.query;
      const caller = request.caller;
      if (mine && !caller) throw new DomainError("unauthorized", "mine=true needs an access token");
      const result = await supplierRepository.listSuppliers(deps.database.db, {
        ...(mine && caller ? { organizationId: caller.organizationId } : { status: "active" as const }),
        limit,
        offset,
      });
      const now = deps.clock();
      return {
        items: result.items.map((s) =>
          supplierView(s, zones, {
            showContact: canSeeContact(caller, s),
            now,
            fileLinks: canSeeCertificateFiles(caller, s) ? deps : undefined,
          }),
        ),
        total: result.total,
        limit,
        offset,
      };
    },
  );
}
