// POST /v1/suppliers/{id}/photos: one factory or product photo for the caller's own profile, resized server-side.
import multipart from "@fastify/multipart";
import { DomainError } from "@ketnoi/domain";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { supplierParams } from "../../schemas/supplier.js";
import { supplierPhotoSchema } from "../../schemas/supplier-photo.js";
import { photoLimits, photoView, storeSupplierPhoto } from "../../services/supplier-photos.js";
import { ownSupplier } from "../../services/supplier-workspace.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

async function requireMultipart(request: FastifyRequest): Promise<void> {
  const mediaType = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "multipart/form-data") {
    throw new DomainError(
      "unsupported_media_type",
      "Send the photo as multipart/form-data in the field `file`",
    );
  }
}

export function uploadSupplierPhoto(app: RouteApp, { deps }: RouteContext) {
  void app.register(async (scope: FastifyInstance) => {
    await scope.register(multipart, {
      limits: { files: 1, fileSize: photoLimits.maxBytes + 1, fields: 5, fieldSize: 1024, parts: 10 },
      throwFileSizeLimit: false,
    });
    const route = scope.withTypeProvider<ZodTypeProvider>();
    route.post(
      "/v1/suppliers/:id/photos",
      {
        onRequest: [app.authenticate, app.requireVerifiedEmail, requireMultipart],
        schema: {
          tags: ["suppliers"],
          summary: "Add a photo to the supplier's own profile",
          description:
            `One JPEG, PNG or WebP (decided by its bytes) as \`multipart/form-data\` in the field \`file\`, at most ` +
            `${photoLimits.maxBytes / 1024 / 1024} MB. It is turned upright, resized to fit ` +
            `${photoLimits.maxSide} × ${photoLimits.maxSide} and stored as WebP without its metadata (no GPS ` +
            `position leaves the phone's photo). At most ${photoLimits.maxCount} photos per profile (409 beyond). ` +
            "Members of the supplier's organisation only; others get 404.",
          security: bearerAuth,
          consumes: ["multipart/form-data"],
          params: supplierParams,
          response: { 201: supplierPhotoSchema, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        const supplier = await ownSupplier(deps, caller, request.params.id);
        const file = await request.file();
        if (file?.fieldname !== "file") {
          file?.file.resume();
          throw new DomainError("validation_failed", "No file in the field `file`", [
            { field: "body.file", message: "is required" },
          ]);
        }
        const photo = await storeSupplierPhoto(deps, supplier.id, file.file);
        request.log.info({ photoId: photo.id, sizeBytes: photo.sizeBytes }, "supplier photo stored");
        return reply.code(201).send(photoView(photo));
      },
    );
  });
}
