import { fieldErrorMessages } from "@ketnoi/domain";
import { z } from "zod";

const fieldErrorSchema = z.object({
  field: z.string().describe("Where the bad input was: body.user.email, query.limit"),
  message: z.string(),
  code: z
    .enum(Object.keys(fieldErrorMessages) as [keyof typeof fieldErrorMessages])
    .optional()
    .describe("Why, for reasons a client may translate; see `messages`"),
  messages: z
    .object({ vi: z.string(), en: z.string() })
    .optional()
    .describe("With `code`: the reason in Vietnamese and English, to show to the person"),
});

/** RFC 9457 problem details, the body of every error response. */
const problemSchema = z
  .object({
    type: z.string().describe("URI identifying the problem type"),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string().describe("Stable machine-readable error code"),
    requestId: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional().describe("Per-field messages for validation failures"),
    limit: z.string().optional().describe("429: the limit that was hit, e.g. registerPerAddress"),
    dependency: z.string().optional().describe("503: the dependency that is not answering, e.g. redis"),
  })
  .meta({ id: "Problem" });

export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, problemSchema]));
