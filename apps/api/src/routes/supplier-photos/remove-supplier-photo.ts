import { supplierPhotoRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { uuidSchema } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import { ownSupplier } from "../../services/supplier-workspace.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function removeSupplierPhoto(app: RouteApp, { deps }: RouteContext) {
  app.delete(
    "/v1/suppliers/:id/photos/:photoId",
    {
      onRequest: [app.authenticate, app.requireVerifiedEmail],
      schema: {
        tags: ["suppliers"],
        summary: "Remove a photo from the supplier's own profile",
        description: "Members of the supplier's organisation only; another supplier's photo is a 404.",
        security: bearerAuth,
        params: z.object({ id: uuidSchema, photoId: uuidSchema }),
        response: { 204: z.null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const supplier = await ownSupplier(deps, caller, request.params.id);
      const removed = await deps.database.db.transaction((tx) =>
        supplierPhotoRepository.removePhoto(tx, supplier.id, request.params.photoId),
      );
      if (!removed) throw notFound("Photo");
      // The row is gone first: a failed delete leaves an orphan file, never a photo without its image.
      await deps.files.delete(removed.storageKey);
      return reply.code(204).send(null);
    },
  );
}
