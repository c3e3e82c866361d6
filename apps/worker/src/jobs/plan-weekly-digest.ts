// The weekly digest run: walks the due recipients in id order, plans their ledger rows for this ISO week in
// batches, and queues a send job per 100 planned rows (`send-weekly-digest-batch`, keyed by the week and the
// batch's recipients). Running it twice, or after a crash halfway, plans nobody twice: rows already there are
// only resumed when unfinished, and the ledger sends each row at most once whichever job carries it.
import { digestLedger, digestRecipientRepository } from "@ketnoi/db";
import { digestPeriod, dueDigestDays } from "@ketnoi/domain";
import { type JobPayload, jobCatalog, jobIdOf } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";

const weekMs = 7 * 24 * 3_600_000;

export interface PlanDigestResult {
  weekKey: string;
  recipients: number;
  created: number;
  resumed: number;
}

/** Recipients per send job: one job, one ledger read and one set of queue round trips for this many digests. */
const digestSendBatchSize = 100;

async function queueSends(context: JobContext, weekKey: string, userIds: string[], resumed: boolean) {
  const queue = context.queues.queue(jobCatalog["send-weekly-digest-batch"].queue);
  const payloads = [];
  for (let i = 0; i < userIds.length; i += digestSendBatchSize) {
    const payload = { weekKey, userIds: userIds.slice(i, i + digestSendBatchSize) };
    if (resumed) {
      // A finished job keeps its id and would swallow the new one; a waiting or running one is left to do its work.
      const previous = await queue.getJob(jobIdOf("send-weekly-digest-batch", payload));
      if (previous) {
        const state = await previous.getState();
        if (state !== "failed" && state !== "completed") continue;
        await previous.remove();
      }
    }
    payloads.push(payload);
  }
  const { attempts, delayMs } = context.notifications.digestRetry;
  await context.queues.enqueueMany("send-weekly-digest-batch", payloads, {
    attempts,
    backoff: { type: "exponential", delay: delayMs },
  });
}

export async function planWeeklyDigest(
  payload: JobPayload<"plan-weekly-digest">,
  context: JobContext,
): Promise<PlanDigestResult> {
  const at = payload.at ? new Date(payload.at) : context.now();
  const period = digestPeriod(at, context.notifications.digestTimeZone);
  const dueDays = dueDigestDays(period.weekday);
  const result: PlanDigestResult = { weekKey: period.weekKey, recipients: 0, created: 0, resumed: 0 };
  let afterUserId: string | null = null;
  for (;;) {
    const userIds = await digestRecipientRepository.digestRecipientsAfter(context.db, {
      afterUserId,
      dueDays,
      limit: context.notifications.planBatchSize,
    });
    if (userIds.length === 0) break;
    const planned = await context.db.transaction((tx) =>
      digestLedger.planDigests(tx, {
        weekKey: period.weekKey,
        windowEnd: at,
        firstWindowStart: new Date(at.getTime() - weekMs),
        userIds,
      }),
    );
    await queueSends(context, period.weekKey, planned.created, false);
    await queueSends(context, period.weekKey, planned.resumed, true);
    result.recipients += userIds.length;
    result.created += planned.created.length;
    result.resumed += planned.resumed.length;
    afterUserId = userIds[userIds.length - 1] ?? null;
  }
  return result;
}
