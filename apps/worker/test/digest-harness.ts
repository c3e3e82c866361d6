// What the digest tests share: a worker configuration pointing at this file's database and SMTP capture, the
// ledger as the test sees it, and reading the headers of captured messages as they went over the wire.
import type { WorkerConfig } from "@ketnoi/config";
import { type Database, schema } from "@ketnoi/db";
import { digestPeriod } from "@ketnoi/domain";
import type { CapturedEmail } from "@ketnoi/testing";
import { eq, sql } from "drizzle-orm";
import { testWorkerConfig, waitUntil } from "./job-harness.js";

export const testEmailLinkSecret = "digest-test-link-secret-long-enough-0123456789";
export const publicUrl = "https://ketnoi.test";

export function digestWorkerConfig(databaseUrl: string, smtpUrl: string): WorkerConfig {
  return testWorkerConfig(databaseUrl, {
    SMTP_URL: smtpUrl,
    MAIL_FROM: "Kết Nối <no-reply@ketnoi.test>",
    PUBLIC_URL: publicUrl,
    EMAIL_CONCURRENCY: "8",
    EMAIL_LINK_SECRET: testEmailLinkSecret,
  });
}

/** A header as sent: unfolded (RFC 5322 continuation lines joined), first occurrence, or undefined. */
export function rawHeader(email: CapturedEmail, name: string): string | undefined {
  const head = email.raw.split(/\r?\n\r?\n/, 1)[0] ?? "";
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

/** The week's ledger rows by status. */
export async function ledgerCounts(db: Database, weekKey: string): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: schema.digestDeliveries.status, count: sql<number>`count(*)::int` })
    .from(schema.digestDeliveries)
    .where(eq(schema.digestDeliveries.weekKey, weekKey))
    .groupBy(schema.digestDeliveries.status);
  return Object.fromEntries(rows.map((row) => [row.status, row.count]));
}

/** `waitUntil` with the patience a whole digest run needs. */
export function waitFor(
  what: string,
  check: () => Promise<boolean>,
  options: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  return waitUntil(what, check, { timeoutMs: 15_000, intervalMs: 50, ...options });
}

/**
 * A later run in the same digest week as `at`: an hour on, or a millisecond on when the hour would cross into the
 * next week (Monday 00:00 in Ho Chi Minh City is Sunday 17:00 UTC), so that "the same week again" holds whenever
 * the tests run.
 */
export function laterInSameWeek(at: Date, timeZone = "Asia/Ho_Chi_Minh"): Date {
  const hourLater = new Date(at.getTime() + 3_600_000);
  return digestPeriod(hourLater, timeZone).weekKey === digestPeriod(at, timeZone).weekKey
    ? hourLater
    : new Date(at.getTime() + 1);
}
