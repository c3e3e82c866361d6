import { supplierPhotoRepository, supplierRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import { supplierParams } from "../../schemas/supplier.js";
import { supplierPhotoSchema } from "../../schemas/supplier-photo.js";
import { photoView } from "../../services/supplier-photos.js";
import type { RouteApp, RouteContext } from "../route-context.js";

export function listSupplierPhotos(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/suppliers/:id/photos",
    {
      schema: {
        tags: ["suppliers"],
        summary: "A supplier's photos",
        description: "Public, like the profile: oldest first, each with the path of its image.",
        params: supplierParams,
        response: { 200: z.object({ items: z.array(supplierPhotoSchema) }), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const supplier = await supplierRepository.findSupplierById(deps.database.db, request.params.id);
      if (!supplier) throw notFound("Supplier");
      const photos = await supplierPhotoRepository.listPhotos(deps.database.db, supplier.id);
      return { items: photos.map(photoView) };
    },
  );
}
