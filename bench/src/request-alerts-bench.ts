// Same-day alerts at scale: 10,000 open requests, 1,000 claimed suppliers (one person each, alerts on, quiet hours
// off so the run does not depend on the time of day) whose profiles are updated at once, through the real
// pipeline in one worker: search outbox → index sync → reverse matching → alert job → ledger → SMTP sink. Measured:
// the time from each profile update's commit to its first alert row (queued: planned in the ledger, its email
// sent or scheduled), and, after a second round of updates that widens every delivery radius, that nobody got
// more than two alerts about one supplier within the hour (sent now, plus at most one scheduled at the hour's end).
// Runs after the supplier search suite, on its suppliers.
import { randomBytes } from "node:crypto";
import { loadConfig, workerEnvSchema } from "@ketnoi/config";
import { accountRepository, schema, supplierRepository } from "@ketnoi/db";
import { startSmtpSink } from "@ketnoi/testing/smtp-sink";
import { type RunningWorker, startWorker, syncRequestIndex } from "@ketnoi/worker";
import { and, eq, inArray, sql } from "drizzle-orm";
import { pino } from "pino";
import type { BenchEnvironment } from "./environment.js";
import { seedOpenRequests } from "./open-requests-seed.js";
import { type BenchRow, percentiles } from "./stats.js";

const suite = "request alerts";
const openRequests = 10_000;
const updatedSuppliers = 1_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface ClaimedSupplier {
  supplierId: string;
  userId: string;
}

/** Gives `count` active suppliers an organisation with one verified person who wants alerts at any hour. */
async function claimSuppliers(env: BenchEnvironment, count: number): Promise<ClaimedSupplier[]> {
  const db = env.deps.database.db;
  const picked = await db.execute<{ id: string }>(
    sql`select id from ${schema.suppliers} where status = 'active' and organization_id is null order by random() limit ${count}`,
  );
  const claimed: ClaimedSupplier[] = [];
  const tag = randomBytes(3).toString("hex");
  for (const [i, row] of picked.entries()) {
    const { organization, user } = await db.transaction((tx) =>
      accountRepository.createOrganizationWithOwner(tx, {
        organization: { name: `Bench supplier ${i}`, roles: ["supplier"] },
        owner: {
          email: `alerts-${tag}-${i}@bench-example.vn`,
          name: i % 2 === 0 ? `Nguyễn Văn ${i}` : `Alex ${i}`,
          passwordHash: "x",
          language: i % 2 === 0 ? "vi" : "en",
        },
      }),
    );
    claimed.push({ supplierId: row.id, userId: user.id });
    await db
      .update(schema.suppliers)
      .set({ organizationId: organization.id })
      .where(eq(schema.suppliers.id, row.id));
  }
  const userIds = claimed.map((c) => c.userId);
  await db.update(schema.users).set({ emailVerifiedAt: new Date() }).where(inArray(schema.users.id, userIds));
  await db
    .insert(schema.notificationPreferences)
    .values(userIds.map((userId) => ({ userId, quietHoursStart: null, quietHoursEnd: null })));
  return claimed;
}

/** Until the outbox is empty and no matching or notification job waits or runs (delayed alerts may stay). */
async function pipelineSettled(env: BenchEnvironment, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 3) {
    const [pending] = await env.deps.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${schema.searchOutbox} where processed_at is null`,
    );
    let busy = pending?.n ?? 0;
    for (const name of ["search-sync", "matching", "notifications"] as const) {
      const counts = await env.deps.jobs.queue(name).getJobCounts("waiting", "active", "prioritized");
      busy += Object.values(counts).reduce((sum, n) => sum + n, 0);
    }
    quiet = busy === 0 ? quiet + 1 : 0;
    if (Date.now() > deadline) throw new Error("the alert pipeline did not settle in time");
    await sleep(500);
  }
}

/** Updates every supplier's profile, each in its own transaction, and kicks the index sync as the API does. */
async function updateProfiles(
  env: BenchEnvironment,
  claimed: ClaimedSupplier[],
  changes: (index: number) => Parameters<typeof supplierRepository.updateSupplier>[2],
): Promise<Map<string, number>> {
  const committedAt = new Map<string, number>();
  for (const [i, { supplierId }] of claimed.entries()) {
    await env.deps.database.db.transaction((tx) =>
      supplierRepository.updateSupplier(tx, supplierId, changes(i)),
    );
    committedAt.set(supplierId, Date.now());
    await env.deps.jobs.enqueue("sync-search-index", {});
  }
  return committedAt;
}

export async function runRequestAlertsBench(env: BenchEnvironment): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const db = env.deps.database.db;
  let started = performance.now();
  const requestIds = await seedOpenRequests(env, openRequests, 20261205);
  const claimed = await claimSuppliers(env, updatedSuppliers);
  rows.push({
    suite,
    measure: `seed ${requestIds.length} open requests, claim ${claimed.length} suppliers`,
    n: claimed.length,
    value: seconds(started),
  });

  const sink = await startSmtpSink();
  const config = loadConfig(workerEnvSchema, {
    ...env.apiEnvironment,
    SMTP_URL: sink.url,
    PUBLIC_URL: "https://ketnoi.bench",
  });
  let worker: RunningWorker | undefined;
  try {
    worker = await startWorker(config, pino({ level: "silent" }), { schedules: false });
    await syncRequestIndex({
      db,
      search: worker.context.search,
      indexName: worker.context.requestIndexName,
      now: () => new Date(),
    });
    await pipelineSettled(env, 10 * 60_000);
    const supplierIds = claimed.map((c) => c.supplierId);
    const userIds = claimed.map((c) => c.userId);

    // Round 1: every profile changes at once; everything each supplier matches is news to its person.
    started = performance.now();
    const round1 = await updateProfiles(env, claimed, (i) => ({
      descriptionEn: `Updated for the bench, ${i}`,
    }));
    await pipelineSettled(env, 20 * 60_000);
    const round1Seconds = (performance.now() - started) / 1000;
    const firstRows = await db
      .select({
        supplierId: schema.notificationDeliveries.subjectId,
        at: sql<Date>`min(${schema.notificationDeliveries.createdAt})`,
        rows: sql<number>`count(*)::int`,
      })
      .from(schema.notificationDeliveries)
      .where(
        and(
          eq(schema.notificationDeliveries.kind, "request_matched"),
          inArray(schema.notificationDeliveries.userId, userIds),
        ),
      )
      .groupBy(schema.notificationDeliveries.subjectId);
    const latencies = firstRows.map(
      (row) => new Date(row.at).getTime() - (round1.get(row.supplierId) ?? Number.NaN),
    );
    const { p50, p95, p99 } = percentiles(latencies);
    const sentRound1 = sink.messages;
    rows.push({
      suite,
      measure: `${claimed.length} profile updates → first alert queued`,
      n: firstRows.length,
      p50,
      p95,
      p99,
      value: `${firstRows.reduce((sum, row) => sum + row.rows, 0)} matches told, ${sentRound1} emails, all settled in ${round1Seconds.toFixed(1)} s`,
      target: "p95 ≤ 60 s",
    });

    // Round 2, within the hour: every delivery radius widens, so suppliers reach more requests. Their news waits
    // for the end of the hour after the first alert, as one more email.
    await updateProfiles(env, claimed, () => ({ deliveryRadiusKm: 200 }));
    await pipelineSettled(env, 20 * 60_000);
    const sentPerPerson = await db
      .select({
        userId: schema.notificationDeliveries.userId,
        supplierId: schema.notificationDeliveries.subjectId,
        emails: sql<number>`count(distinct ${schema.notificationDeliveries.messageId})::int`,
        waiting: sql<number>`count(*) filter (where ${schema.notificationDeliveries.status} = 'planned')::int`,
      })
      .from(schema.notificationDeliveries)
      .where(
        and(
          eq(schema.notificationDeliveries.kind, "request_matched"),
          inArray(schema.notificationDeliveries.subjectId, supplierIds),
          sql`${schema.notificationDeliveries.createdAt} > now() - interval '1 hour'`,
        ),
      )
      .groupBy(schema.notificationDeliveries.userId, schema.notificationDeliveries.subjectId);
    const delayed = (await env.deps.jobs.queue("notifications").getJobs(["delayed"])).filter(
      (job) => job.name === "send-request-alerts",
    );
    const scheduledPerPerson = new Map<string, number>();
    for (const job of delayed) {
      const key = `${job.data.userId}:${job.data.supplierId}`;
      scheduledPerPerson.set(key, (scheduledPerPerson.get(key) ?? 0) + 1);
    }
    let worst = 0;
    let withWaiting = 0;
    for (const person of sentPerPerson) {
      const scheduled = scheduledPerPerson.get(`${person.userId}:${person.supplierId}`) ?? 0;
      if (person.waiting > 0) {
        withWaiting++;
        if (scheduled === 0) throw new Error(`alerts of ${person.supplierId} wait with no email scheduled`);
      }
      worst = Math.max(worst, person.emails + scheduled);
    }
    if (worst > 2) throw new Error(`a person got ${worst} alerts about one supplier within an hour`);
    rows.push({
      suite,
      measure: "alerts per person and supplier within the hour (sent + scheduled), after a 2nd round",
      n: sentPerPerson.length,
      value: `max ${worst}; ${withWaiting} people with news held for the hour's end; ${sink.messages - sentRound1} emails sent in round 2`,
      target: "≤ 2",
    });
  } finally {
    await worker?.stop();
    await sink.close();
  }
  return rows;
}

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
