import {
  type RequestResponse,
  requestMatchRepository,
  requestResponseRepository,
  supplierRepository,
} from "@ketnoi/db";
import { explainMatch, notFound } from "@ketnoi/domain";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { supplierMatchListSchema } from "../../schemas/request-match.js";
import { supplierParams } from "../../schemas/supplier.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

function responseSummary(response: RequestResponse | undefined) {
  if (!response) return null;
  return { id: response.id, kind: response.kind, outcome: response.outcome, revision: response.revision };
}

export function listSupplierMatches(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/suppliers/:id/matches",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["suppliers"],
        summary: "Open sourcing requests this supplier matched",
        description:
          "For members of the supplier's own organisation. Near misses are included, with the reasons, so the " +
          "supplier sees what to fix (a certificate, a delivery radius). Each item carries the supplier's own " +
          "answer, if any, and the buyer's award rate: buyers who never award waste suppliers' time.",
        security: bearerAuth,
        params: supplierParams,
        response: { 200: supplierMatchListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const supplier = await supplierRepository.findSupplierById(deps.database.db, request.params.id);
      // Imported profiles nobody has claimed have no members, so nobody sees their matches yet.
      if (
        !supplier ||
        supplier.organizationId === null ||
        supplier.organizationId !== caller.organizationId
      ) {
        throw notFound("Supplier");
      }
      const db = deps.database.db;
      const rows = await requestMatchRepository.listMatchesForSupplier(db, supplier.id);
      const [responses, awardRates] = await Promise.all([
        requestResponseRepository.responsesOfSupplier(
          db,
          supplier.id,
          rows.map((row) => row.request.id),
        ),
        requestResponseRepository.awardRatesOf(
          db,
          rows.map((row) => row.request.organizationId),
        ),
      ]);
      return {
        items: rows.map(({ match, request: found, buyerName }) => ({
          request: {
            id: found.id,
            title: found.title,
            buyer: found.showBuyerName ? { organizationId: found.organizationId, name: buyerName } : null,
            quantity: found.quantity,
            neededBy: found.neededBy,
            quoteDeadline: found.quoteDeadline.toISOString(),
          },
          verdict: match.verdict,
          score: match.score,
          distanceKm: match.explanation.distanceKm,
          reasons: explainMatch(match.explanation, caller.language),
          response: responseSummary(responses.get(found.id)),
          buyerAwardRate: awardRates.get(found.organizationId) ?? { awarded: 0, ended: 0, rate: null },
        })),
      };
    },
  );
}
