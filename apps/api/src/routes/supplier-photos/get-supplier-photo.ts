import { supplierPhotoRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { FileNotFoundError } from "@ketnoi/storage";
import { z } from "zod";
import { uuidSchema } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const imageBody = z
  .custom<unknown>(() => true)
  .meta({ type: "string", format: "binary", description: "The photo as WebP" });

export function getSupplierPhoto(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/supplier-photos/:photoId",
    {
      schema: {
        tags: ["suppliers"],
        summary: "A supplier photo's image",
        description: "Public and cacheable: a photo never changes under its id (a new photo gets a new id).",
        params: z.object({ photoId: uuidSchema }),
        produces: ["image/webp"],
        response: { 200: imageBody, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const photo = await supplierPhotoRepository.findPhoto(deps.database.db, request.params.photoId);
      if (!photo) throw notFound("Photo");
      let body: Awaited<ReturnType<typeof deps.files.get>>;
      try {
        body = await deps.files.get(photo.storageKey);
      } catch (error) {
        if (error instanceof FileNotFoundError) throw notFound("Photo");
        throw error;
      }
      return reply
        .header("content-type", "image/webp")
        .header("content-length", String(photo.sizeBytes))
        .header("cache-control", "public, max-age=86400, immutable")
        .send(body);
    },
  );
}
