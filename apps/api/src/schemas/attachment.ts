import { attachmentScopes } from "@ketnoi/db";
import { z } from "zod";
import { uuidSchema } from "./common.js";

export const attachmentSchema = z
  .object({
    id: z.string(),
    scope: z
      .enum(attachmentScopes)
      .describe("What the file is attached to: the request, a quote or a message"),
    responseId: z.string().nullable().describe("The quote, for scope quote"),
    messageId: z
      .string()
      .nullable()
      .describe("The message, for scope message; null until the message is sent"),
    fileName: z
      .string()
      .describe("The uploader's name for the file, sanitised, ending in its kind's extension"),
    kind: z.string().describe("pdf, png, jpeg, webp, dxf, dwg, step, iges or xlsx: decided by the bytes"),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    uploadedBy: z.enum(["buyer", "supplier"]),
    createdAt: z.string(),
    download: z
      .object({
        url: z.string().describe("Path of a signed download link on the API; works without a session"),
        expiresAt: z.string(),
      })
      .describe("A short-lived link, made for the caller each time the attachment is shown"),
  })
  .meta({ id: "Attachment" });

export const attachmentParams = z.object({ id: uuidSchema, attachmentId: uuidSchema });
