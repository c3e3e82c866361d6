import { requestInvitationRepository, requestMatchRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { supplierMatchParams } from "../../schemas/request-match.js";
import { ownSupplier } from "../../services/supplier-workspace.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function markRequestSeen(app: RouteApp, { deps }: RouteContext) {
  app.put(
    "/v1/suppliers/:id/matches/:requestId/seen",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["suppliers"],
        summary: "Record that the supplier opened a matched request",
        description:
          "The web calls this when a member opens the request, so the list tells new requests from seen ones. " +
          "The first time is kept; calling again changes nothing (safe to retry).",
        security: bearerAuth,
        params: supplierMatchParams,
        response: { 204: z.null(), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const supplier = await ownSupplier(deps, caller, request.params.id);
      const db = deps.database.db;
      const [match, invitation] = await Promise.all([
        requestMatchRepository.findMatch(db, request.params.requestId, supplier.id),
        requestInvitationRepository.findInvitation(db, request.params.requestId, supplier.id),
      ]);
      // Seen is what the buyer's invitations list reads too, so an invited supplier's opening counts.
      if (!match && !invitation) throw notFound("Match");
      await db.transaction((tx) =>
        requestMatchRepository.markRequestSeen(tx, {
          requestId: request.params.requestId,
          supplierId: supplier.id,
          now: deps.clock(),
        }),
      );
      return reply.code(204).send(null);
    },
  );
}
