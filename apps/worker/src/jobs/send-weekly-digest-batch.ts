// Sends the digests of up to 100 recipients for one week with a fixed number of database round trips per batch
// and per wave, not per recipient:
// - their ledger rows in one query, the activity of all of them in four (one per kind of news), and the rows
//   with nothing to send finished in one statement;
// - the rest in send waves of half the send slots: one transaction locks the wave's rows (FOR UPDATE SKIP
//   LOCKED), sends their emails at once over the pooled SMTP connections, and marks the accepted ones sent in one
//   statement before it commits; `begin` goes out with the lock and `commit` with the marks (runDigestWave), two
//   round trips per wave. A wave holds one send slot per email from its first SMTP conversation to its
//   commit, so a killed worker still leaves at most one accepted-but-unmarked email per slot (send-slots.ts); two
//   waves of half the slots let one talk SMTP while the other commits.
// A temporary SMTP failure of one recipient makes the job retry after the others are done; the retry finds their
// rows finished and tries only the rest, so each row gets the same attempts it would get from a job of its own.
// Rows another worker holds right now are left to the retry as well.
import { type DigestDeliveryWithRecipient, digestActivityRepository, digestLedger } from "@ketnoi/db";
import type { DigestActivity, DigestSelection, DigestWindow } from "@ketnoi/domain";
import { selectDigest } from "@ketnoi/domain";
import type { JobPayload } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";
import { describeSmtpFailure } from "../notifications/smtp-failure.js";
import { type ReadyDigest, renderDigest, type SendDigestResult } from "./send-weekly-digest.js";

export type SendDigestBatchResult = Record<SendDigestResult["status"], number>;

/** Emails of one wave: half the send slots, at least one. */
export function digestWaveSize(sendSlots: number): number {
  return Math.max(1, Math.floor(sendSlots / 2));
}

/** The activity of every recipient, one load per distinct window (one, unless some missed earlier weeks). */
async function loadActivities(context: JobContext, rows: DigestDeliveryWithRecipient[]) {
  const byWindow = new Map<string, { window: DigestWindow; userIds: string[] }>();
  for (const { delivery } of rows) {
    const key = `${delivery.windowStart.toISOString()}/${delivery.windowEnd.toISOString()}`;
    let group = byWindow.get(key);
    if (!group) {
      group = { window: { since: delivery.windowStart, until: delivery.windowEnd }, userIds: [] };
      byWindow.set(key, group);
    }
    group.userIds.push(delivery.userId);
  }
  const activities = new Map<string, DigestActivity>();
  for (const { window, userIds } of byWindow.values()) {
    const found = await digestActivityRepository.loadDigestActivities(context.db, userIds, window);
    for (const [userId, activity] of found) activities.set(userId, activity);
  }
  return activities;
}

type WaveOutcome =
  | { status: "sent" | "already_finished" | "busy" }
  | { status: "failed"; final: boolean; summary: string };

/** One wave in one transaction: lock the rows, send, mark what the SMTP server accepted (runDigestWave). */
async function sendWave(context: JobContext, wave: ReadyDigest[]): Promise<WaveOutcome[]> {
  const { db, mailer, notifications } = context;
  const summaries = new Map<string, string>();
  const { locked, afterFailure } = await digestLedger.runDigestWave(
    db,
    wave.map((digest) => digest.id),
    notifications.digestRetry.attempts,
    async (locked) => {
      const replies = await Promise.allSettled(
        wave.map((digest) =>
          locked.get(digest.id) === "planned" ? mailer.send(digest.email) : Promise.resolve(null),
        ),
      );
      const sent: ReadyDigest[] = [];
      const failures: { id: string; error: string; permanent: boolean }[] = [];
      for (const [i, digest] of wave.entries()) {
        const reply = replies[i];
        if (locked.get(digest.id) !== "planned") continue;
        if (reply?.status === "fulfilled") sent.push(digest);
        else {
          // Committed with the wave: the attempt counts even though the job will throw.
          const failure = describeSmtpFailure(reply?.reason);
          summaries.set(digest.id, failure.summary);
          failures.push({ id: digest.id, error: failure.detail, permanent: failure.permanent });
        }
      }
      return { sent, failures, at: context.now() };
    },
  );
  return wave.map((digest): WaveOutcome => {
    const status = locked.get(digest.id);
    if (status === undefined) return { status: "busy" };
    if (status !== "planned") return { status: "already_finished" };
    const summary = summaries.get(digest.id);
    if (summary === undefined) return { status: "sent" };
    return { status: "failed", final: afterFailure.get(digest.id) !== "planned", summary };
  });
}

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
  const skips: Parameters<typeof digestLedger.markDigestsSkipped>[1][number][] = [];
  const candidates: DigestDeliveryWithRecipient[] = [];
  for (const row of rows) {
    if (row.delivery.status !== "planned") counts.already_finished++;
    else if (row.recipient.emailVerifiedAt === null)
      skips.push({ id: row.delivery.id, reason: "no_verified_email" });
    else if (row.digest === "off") skips.push({ id: row.delivery.id, reason: "digest_off" });
    else candidates.push(row);
  }
  const activities = await loadActivities(context, candidates);
  const ready: { row: DigestDeliveryWithRecipient; selection: DigestSelection }[] = [];
  for (const row of candidates) {
    const window = { since: row.delivery.windowStart, until: row.delivery.windowEnd };
    const activity = activities.get(row.delivery.userId) ?? { buyerRequests: [], suppliers: [] };
    const selection = selectDigest(activity, window);
    if (selection.hasNews) ready.push({ row, selection });
    else skips.push({ id: row.delivery.id, reason: "nothing_new" });
  }
  await digestLedger.markDigestsSkipped(context.db, skips);
  counts.skipped += skips.length;

  let retryable: string | null = null;
  let busy = false;
  const waveSize = digestWaveSize(context.sendSlots.size);
  for (let start = 0; start < ready.length; start += waveSize) {
    // Rendered before the wave takes its slots: the slots bound what is in flight, not the CPU work.
    const wave = ready
      .slice(start, start + waveSize)
      .map(({ row, selection }) => renderDigest(context, row, selection));
    const outcomes = await context.sendSlots.runMany(wave.length, () => sendWave(context, wave));
    for (const outcome of outcomes) {
      if (outcome.status === "busy") busy = true;
      else counts[outcome.status]++;
      if (outcome.status === "failed" && !outcome.final) retryable ??= outcome.summary;
    }
  }
  // Another worker is sending some of them right now: it may yet fail and need us.
  if (busy) throw new Error("some digests are being sent by another worker right now, will retry");
  if (retryable !== null) throw new Error(`some digests not sent, will retry: ${retryable}`);
  return counts;
}
