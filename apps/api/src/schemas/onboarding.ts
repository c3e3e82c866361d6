import { multiLineText } from "@ketnoi/domain";
import { z } from "zod";

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
    documents: z.array(
      z.object({
        key: z.string(),
        fileName: z.string(),
        contentType: z.string(),
        sizeBytes: z.number().int(),
      }),
    ),
    decisionReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "VerificationRequest" });

/** Why an admin did something: required, shown to the supplier where the action concerns it. */
export const adminReasonSchema = multiLineText(1000, { min: 3 }).describe(
  "Why, in a sentence; kept in the audit log",
);
