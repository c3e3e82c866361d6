import { z } from "zod";

export const fileDownloadSchema = z
  .object({
    url: z.string().describe("Signed, works without a session until expiresAt"),
    expiresAt: z.string(),
  })
  .meta({ id: "FileDownload" });

export const supplierDocumentSchema = z
  .object({
    id: z.string(),
    purpose: z.enum(["claim", "verification", "certificate"]),
    fileName: z.string(),
    kind: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    createdAt: z.string(),
    download: fileDownloadSchema,
  })
  .meta({ id: "SupplierDocument" });

/** A document referred to from a claim or a verification request, with a link for those allowed to open it. */
export const documentRefSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    download: fileDownloadSchema,
  })
  .meta({ id: "DocumentRef" });
