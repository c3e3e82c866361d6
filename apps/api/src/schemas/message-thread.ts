import { multiLineText } from "@ketnoi/domain";
import { z } from "zod";
import { attachmentSchema } from "./attachment.js";
import { uuidSchema } from "./common.js";

export const threadParams = z.object({ id: uuidSchema, supplierId: uuidSchema });

const threadMessageSchema = z
  .object({
    id: z.string(),
    from: z.enum(["buyer", "supplier"]).describe("Which side wrote it"),
    body: z.string().describe("Plain text; never HTML"),
    answerToAll: z
      .boolean()
      .describe("The buyer's answer to a question from a supplier, sent to every supplier; names nobody"),
    createdAt: z.string(),
    attachments: z.array(attachmentSchema),
  })
  .meta({ id: "ThreadMessage" });

export const threadSchema = z
  .object({
    requestId: z.string(),
    supplier: z.object({ id: z.string(), name: z.string() }),
    canPost: z.boolean().describe("Whether the caller may write in the thread now"),
    messages: z.array(threadMessageSchema),
  })
  .meta({ id: "Thread" });

export const threadSummarySchema = z
  .object({
    supplier: z.object({ id: z.string(), name: z.string() }),
    messages: z.number().int(),
    unread: z.number().int().describe("Messages from the other side the caller's organisation has not read"),
    lastMessageAt: z.string().nullable(),
  })
  .meta({ id: "ThreadSummary" });

export const postMessageBody = z.object({
  body: multiLineText(4000, { min: 1 }).describe("The message, plain text, at most 4,000 characters"),
  attachmentIds: z
    .array(uuidSchema)
    .max(10, "at most 10 files")
    .default([])
    .describe("Files uploaded before with `?for=message`, by the caller's organisation, not sent yet"),
  answerToAll: z
    .boolean()
    .default(false)
    .describe("Buyer only: send the answer to every supplier taking part, without naming who asked"),
});

export const postedMessageSchema = z.object({
  message: threadMessageSchema,
  threads: z.number().int().describe("How many threads the message reached (more than 1: an answer to all)"),
});
