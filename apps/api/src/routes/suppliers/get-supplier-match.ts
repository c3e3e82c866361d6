import { notFound } from "@ketnoi/domain";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { supplierMatchParams, supplierMatchSchema } from "../../schemas/request-match.js";
import { ownSupplier, supplierInboxRow, supplierMatchItems } from "../../services/supplier-workspace.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function getSupplierMatch(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/suppliers/:id/matches/:requestId",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["suppliers"],
        summary: "One request this supplier matched, with why",
        description:
          "For members of the supplier's own organisation, as one item of the matches list; unlike the list it " +
          "still answers once the request is awarded or closed, so the supplier sees how it ended. 404 when " +
          "the supplier was neither matched nor invited to the request.",
        security: bearerAuth,
        params: supplierMatchParams,
        response: { 200: supplierMatchSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const supplier = await ownSupplier(deps, caller, request.params.id);
      const row = await supplierInboxRow(deps, supplier, request.params.requestId);
      if (!row) throw notFound("Match");
      const [item] = await supplierMatchItems(deps, caller, supplier, [row]);
      if (!item) throw notFound("Match");
      return item;
    },
  );
}
