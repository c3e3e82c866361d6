// Supplier photos: an uploaded JPEG, PNG or WebP (checked by its bytes) is turned upright, resized to fit
// 1600 × 1600 and re-encoded as WebP with `sharp`, which also drops its metadata (a phone's GPS position
// included), then kept through the file storage.
import { Readable } from "node:stream";
import { type SupplierPhoto, supplierPhotoRepository } from "@ketnoi/db";
import { DomainError } from "@ketnoi/domain";
import { type FileKind, receiveUpload, UploadRefusedError } from "@ketnoi/storage";
import sharp, { type OutputInfo } from "sharp";
import type { AppDependencies } from "../dependencies.js";

export const photoLimits = {
  maxBytes: 15 * 1024 * 1024,
  maxSide: 1600,
  maxCount: supplierPhotoRepository.maxSupplierPhotos,
} as const;
const photoKinds: readonly FileKind[] = ["jpeg", "png", "webp"];

const refusalCodes = {
  too_large: "file_too_large",
  unsupported_type: "file_type_unsupported",
  empty: "file_empty",
} as const;

export function photoView(photo: SupplierPhoto) {
  return {
    id: photo.id,
    url: `/v1/supplier-photos/${photo.id}`,
    width: photo.width,
    height: photo.height,
    sizeBytes: photo.sizeBytes,
    createdAt: photo.createdAt.toISOString(),
  };
}

export async function storeSupplierPhoto(
  deps: Pick<AppDependencies, "database" | "files" | "uploadTempDir">,
  supplierId: string,
  stream: Readable,
): Promise<SupplierPhoto> {
  let received: Awaited<ReturnType<typeof receiveUpload>>;
  try {
    received = await receiveUpload(stream, {
      maxBytes: photoLimits.maxBytes,
      allowed: photoKinds,
      tempDir: deps.uploadTempDir,
    });
  } catch (error) {
    if (error instanceof UploadRefusedError) {
      throw new DomainError(
        error.reason === "too_large" ? "payload_too_large" : "validation_failed",
        error.message,
        [{ field: "body.file", message: error.message, code: refusalCodes[error.reason] }],
      );
    }
    throw error;
  }
  let resized: { data: Buffer; info: OutputInfo };
  try {
    resized = await sharp(received.path, { limitInputPixels: 100_000_000 })
      .rotate()
      .resize({
        width: photoLimits.maxSide,
        height: photoLimits.maxSide,
        fit: "inside",
        withoutEnlargement: true,
      })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
  } catch {
    // The bytes looked like an image but do not decode as one.
    throw new DomainError("validation_failed", "The photo could not be read as an image", [
      { field: "body.file", message: "could not be read as an image", code: "file_type_unsupported" },
    ]);
  } finally {
    await received.discard();
  }
  const id = crypto.randomUUID();
  const storageKey = `supplier-photos/${supplierId}/${id}.webp`;
  await deps.files.put(storageKey, Readable.from(resized.data), {
    size: resized.data.length,
    contentType: "image/webp",
  });
  const photo = await deps.database.db.transaction((tx) =>
    supplierPhotoRepository.addPhoto(tx, {
      id,
      supplierId,
      storageKey,
      width: resized.info.width,
      height: resized.info.height,
      sizeBytes: resized.data.length,
    }),
  );
  if (!photo) {
    await deps.files.delete(storageKey);
    throw new DomainError(
      "conflict",
      `A profile holds at most ${photoLimits.maxCount} photos: remove one first`,
    );
  }
  return photo;
}
