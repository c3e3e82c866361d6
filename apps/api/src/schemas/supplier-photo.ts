import { z } from "zod";

export const supplierPhotoSchema = z
  .object({
    id: z.string(),
    url: z.string().describe("Path of the image on the API (public, cacheable)"),
    width: z.number().int(),
    height: z.number().int(),
    sizeBytes: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: "SupplierPhoto" });
