import { z } from "zod";

export const requestInvitationSchema = z
  .object({
    id: z.string(),
    requestId: z.string(),
    supplier: z.object({
      id: z.string(),
      legalName: z.string(),
      tradeName: z.string().nullable(),
      verified: z.boolean(),
    }),
    invitedAt: z.string(),
    matched: z.boolean().describe("Whether matching found the supplier too (match or near miss)"),
    seenAt: z.string().nullable().describe("When someone of the supplier first opened the request"),
    state: z
      .enum(["invited", "seen", "quoted", "declined"])
      .describe("`invited` until the supplier opens the request, then `seen`, or its answer"),
  })
  .meta({ id: "RequestInvitation" });

export const requestInvitationListSchema = z.object({ items: z.array(requestInvitationSchema) });

export const inviteSupplierBody = z.object({
  supplierId: z.uuid("must be a supplier id").describe("The supplier to invite: a published profile"),
});
