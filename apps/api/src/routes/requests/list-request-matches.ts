import { requestMatchRepository, sourcingRequestRepository } from "@ketnoi/db";
import { explainMatch, notFound } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { requestMatchListSchema } from "../../schemas/request-match.js";
import { sourcingRequestParams } from "../../schemas/sourcing-request.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { isRequestMember } from "./request-access.js";

const querystring = z.object({
  includeNearMisses: z
    .enum(["true", "false"])
    .default("false")
    .describe(
      "true: also suppliers that miss a requirement (a certificate, the distance…), after the matches",
    ),
});

export function listRequestMatches(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/requests/:id/matches",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["requests"],
        summary: "The suppliers matched to a sourcing request, best first",
        description:
          "For members of the buyer organisation. Computed in the background after publishing and after every " +
          "change, so it can briefly show the previous version's results (see `requestVersion`).",
        security: bearerAuth,
        params: sourcingRequestParams,
        querystring,
        response: { 200: requestMatchListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const found = await sourcingRequestRepository.findSourcingRequestById(
        deps.database.db,
        request.params.id,
      );
      if (!found || !isRequestMember(caller, found)) throw notFound("Sourcing request");
      const rows = await requestMatchRepository.listMatchesForRequest(deps.database.db, found.id, {
        includeNearMisses: request.query.includeNearMisses === "true",
      });
      return {
        items: rows.map(({ match, supplier, zone }) => ({
          supplier: {
            id: supplier.id,
            legalName: supplier.legalName,
            tradeName: supplier.tradeName,
            zoneId: supplier.zoneId,
            zoneName: zone ? (caller.language === "vi" ? zone.nameVi : zone.nameEn) : null,
            province2025: supplier.province2025,
            verified: supplier.verificationStatus === "verified",
          },
          verdict: match.verdict,
          score: match.score,
          explanation: { ...match.explanation },
          reasons: explainMatch(match.explanation, caller.language),
          requestVersion: match.requestVersion,
        })),
      };
    },
  );
}
