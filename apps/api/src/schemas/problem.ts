import { z } from "zod";

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
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe("Per-field messages for validation failures"),
    limit: z.string().optional().describe("429: the limit that was hit, e.g. registerPerAddress"),
    dependency: z.string().optional().describe("503: the dependency that is not answering, e.g. redis"),
  })
  .meta({ id: "Problem" });

export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, problemSchema]));
