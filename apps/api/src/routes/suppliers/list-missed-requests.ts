import { requestMatchRepository } from "@ketnoi/db";
import { getCertification, hcmcDate, summariseMissedRequests } from "@ketnoi/domain";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { missedRequestsSchema } from "../../schemas/request-match.js";
import { supplierParams } from "../../schemas/supplier.js";
import { ownSupplier } from "../../services/supplier-workspace.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function listMissedRequests(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/suppliers/:id/missed-requests",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["suppliers"],
        summary: "What would bring this supplier more requests",
        description:
          "For members of the supplier's own organisation. Across the open requests it matched or nearly " +
          "matched, each thing the profile lacks (a certification, a shorter lead time, more capacity…) with the " +
          "number of requests it costs and the figure that decides it, most requests first. Lead time is judged " +
          "against today's date with the profile's current lead time.",
        security: bearerAuth,
        params: supplierParams,
        response: { 200: missedRequestsSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const supplier = await ownSupplier(deps, caller, request.params.id);
      const rows = await requestMatchRepository.listMatchesForSupplier(deps.database.db, supplier.id);
      const summary = summariseMissedRequests(
        rows.map((row) => ({ explanation: row.match.explanation, neededBy: row.request.neededBy })),
        {
          leadTimeDays: supplier.leadTimeDays,
          monthlyCapacity: supplier.monthlyCapacity,
          moq: supplier.moq,
          deliveryRadiusKm: supplier.deliveryRadiusKm,
        },
        hcmcDate(deps.clock()),
      );
      return {
        ...summary,
        gaps: summary.gaps.map((gap) =>
          "code" in gap ? { ...gap, name: getCertification(gap.code)?.name ?? gap.code } : gap,
        ),
      };
    },
  );
}
