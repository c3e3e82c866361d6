import { accountRepository, sourcingRequestRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { sourcingRequestParams, sourcingRequestViewSchema } from "../../schemas/sourcing-request.js";
import { requestPartyOf } from "../../services/request-parties.js";
import { sourcingRequestView } from "../../services/sourcing-requests.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { canSeeRequest, isRequestMember } from "./request-access.js";

export function getRequest(app: RouteApp, { deps, zones }: RouteContext) {
  app.get(
    "/v1/requests/:id",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["requests"],
        summary: "A sourcing request",
        description:
          "The buyer organisation sees its requests in every status; others see open requests only, without " +
          "the buyer when it chose not to show its name. The supplier that won keeps seeing it after the award.",
        security: bearerAuth,
        params: sourcingRequestParams,
        response: { 200: sourcingRequestViewSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const found = await sourcingRequestRepository.findSourcingRequestById(
        deps.database.db,
        request.params.id,
      );
      if (!found) throw notFound("Sourcing request");
      // The winner keeps reading a request it won; others see open requests only.
      if (!canSeeRequest(caller, found)) await requestPartyOf(deps, caller, found.id);
      const asMember = isRequestMember(caller, found);
      const organization =
        asMember || found.showBuyerName
          ? await accountRepository.findOrganization(deps.database.db, found.organizationId)
          : undefined;
      return sourcingRequestView(found, zones, { asMember, buyerName: organization?.name ?? null });
    },
  );
}
