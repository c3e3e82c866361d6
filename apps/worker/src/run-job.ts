import { withoutQueryParameters } from "@ketnoi/db";
import { type JobName, jobCatalog } from "@ketnoi/jobs";
import { UnrecoverableError } from "bullmq";
import { handlers } from "./handlers.js";
import type { JobContext } from "./job-context.js";

/**
 * Validates the payload against the catalog's schema and runs the handler. An unknown name or a payload that does
 * not match fails at once, without the retries: every attempt would find the same job. The reason names the
 * fields, never their values (payloads can hold personal data).
 */
export async function runJob(name: string, data: unknown, context: JobContext): Promise<unknown> {
  if (!(name in jobCatalog)) throw new UnrecoverableError(`no handler for job '${name}'`);
  const jobName = name as JobName;
  const parsed = jobCatalog[jobName].payload.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.map(String).join(".") || "payload"}: ${issue.message}`,
    );
    throw new UnrecoverableError(`invalid payload for '${name}': ${problems.join("; ")}`);
  }
  try {
    return await handlers[jobName](parsed.data as never, context);
  } catch (error) {
    // BullMQ keeps the message and stack as the failure reason: no query parameters in them.
    throw withoutQueryParameters(error);
  }
}
