// Sends the digests of up to 100 recipients for one week: their ledger rows in one query, then each recipient as
// `send-weekly-digest` sends one (ledger row locked for the send, marked sent in its own transaction right after
// the SMTP server accepted), several at a time over the pooled SMTP connections. A temporary SMTP failure of one
// recipient makes the job retry after the others are done; the retry finds their rows finished and tries only
// the rest, so each row gets the same attempts it would get from a job of its own.
import { digestLedger } from "@ketnoi/db";
import type { JobPayload } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";
import { type SendDigestResult, sendDigestFor } from "./send-weekly-digest.js";

export type SendDigestBatchResult = Record<SendDigestResult["status"], number>;

export async function sendWeeklyDigestBatch(
  payload: JobPayload<"send-weekly-digest-batch">,
  context: JobContext,
): Promise<SendDigestBatchResult> {
  const rows = await digestLedger.findDigestDeliveries(context.db, payload.userIds, payload.weekKey);
  const counts: SendDigestBatchResult = {
    sent: 0,
    skipped: 0,
    already_finished: 0,
    not_planned: payload.userIds.length - rows.length,
    failed: 0,
  };
  let retryable: string | null = null;
  let thrown: unknown = null;
  let next = 0;
  // As many recipients in preparation (activity, rendering) as there are send slots; the slots bound the sends.
  await Promise.all(
    Array.from({ length: Math.min(context.sendSlots.size, rows.length) }, async () => {
      while (next < rows.length) {
        const row = rows[next++];
        if (!row) break;
        try {
          const result = await sendDigestFor(context, row);
          counts[result.status]++;
          if (result.status === "failed" && !result.final) retryable ??= result.summary;
        } catch (error) {
          // Another worker is sending this one, or the database failed: the others go on; the job retries.
          thrown ??= error;
        }
      }
    }),
  );
  if (thrown !== null) throw thrown;
  if (retryable !== null) throw new Error(`some digests not sent, will retry: ${retryable}`);
  return counts;
}
