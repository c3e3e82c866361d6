import { multiLineText } from "@ketnoi/domain";
import { z } from "zod";
import { documentRefSchema } from "./supplier-document.js";

export const claimSchema = z
  .object({
    id: z.string(),
    supplierId: z.string(),
    legalName: z.string(),
    taxCode: z.string(),
    organizationId: z.string().nullable().describe("The claimant; null for an invitation nobody used yet"),
    method: z.enum(["email_link", "invitation", "document"]),
    status: z.enum(["pending", "approved", "rejected", "cancelled"]),
    sentTo: z.string().nullable().describe("The address the link went to, masked (l**@m******.vn)"),
    expiresAt: z.string().nullable(),
    note: z.string().nullable(),
    document: documentRefSchema
      .nullable()
      .describe("A document claim's business registration certificate, for the claimant and admins"),
    decisionReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "SupplierClaim" });

export const verificationRequestSchema = z
  .object({
    id: z.string(),
    supplierId: z.string(),
    status: z.enum(["pending", "approved", "rejected"]),
    note: z.string().nullable(),
    documents: z
      .array(documentRefSchema)
      .describe("The documents sent with the request, for the supplier's organisation and admins"),
    decisionReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "VerificationRequest" });

/** Why an admin did something: required, shown to the supplier where the action concerns it. */
export const adminReasonSchema = multiLineText(1000, { min: 3 }).describe(
  "Why, in a sentence; kept in the audit log",
);
