import { searchOutboxRepository } from "@ketnoi/db";
import { hcmcDate } from "@ketnoi/domain";
import { expect } from "vitest";
import { bearer, type RegisteredAccount } from "./accounts.js";
import type { TestApp } from "./test-app.js";

const day = 86_400_000;

/** A valid request body, with dates counted from now so it stays valid whenever the suite runs. */
export function requestBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "Cần 20.000 thùng carton 5 lớp in 2 màu",
    description: "Thùng xuất khẩu, giao hàng tháng",
    categories: ["packaging.corrugated-cartons"],
    specification: { text: "60 x 40 x 40 cm, sóng BC", material: "Giấy Kraft", print: "2 màu flexo" },
    quantity: { value: 20_000, unit: "cartons" },
    delivery: { zoneId: "kcn-vsip-1" },
    neededBy: hcmcDate(new Date(Date.now() + 30 * day)),
    quoteDeadline: new Date(Date.now() + 10 * day).toISOString(),
    ...overrides,
  };
}

export async function postRequest(t: TestApp, account: RegisteredAccount, body: Record<string, unknown>) {
  return t.app.inject({
    method: "POST",
    url: "/v1/requests",
    headers: bearer(account.accessToken),
    payload: body,
  });
}

export async function createRequest(t: TestApp, account: RegisteredAccount, body: Record<string, unknown>) {
  const response = await postRequest(t, account, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

export function patchRequest(
  t: TestApp,
  account: RegisteredAccount,
  id: string,
  payload: Record<string, unknown>,
) {
  return t.app.inject({
    method: "PATCH",
    url: `/v1/requests/${id}`,
    headers: bearer(account.accessToken),
    payload,
  });
}

export function getRequest(t: TestApp, account: RegisteredAccount, id: string) {
  return t.app.inject({ method: "GET", url: `/v1/requests/${id}`, headers: bearer(account.accessToken) });
}

export async function requestCount(t: TestApp, account: RegisteredAccount): Promise<number> {
  const response = await t.app.inject({
    method: "GET",
    url: "/v1/requests",
    headers: bearer(account.accessToken),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().total;
}

/** Waits for the matching job of a request version to finish; fails with the job's error if it failed. */
export async function matchingDone(t: TestApp, jobId: string, timeoutMs = 15_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await t.deps.jobs.queue("matching").getJob(jobId);
    const state = await job?.getState();
    // Read again: the job read above may have been still running, without its return value, when it completed.
    if (state === "completed") return (await t.deps.jobs.queue("matching").getJob(jobId))?.returnvalue;
    // A failed attempt waits in "delayed" for its retry: report it rather than waiting out the backoff.
    if (state === "failed" || (state === "delayed" && (job?.attemptsMade ?? 0) > 0)) {
      throw new Error(`matching failed: ${job?.failedReason}`);
    }
    if (Date.now() > deadline) throw new Error(`matching job ${jobId} did not finish (state ${state})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits until everything the changes so far set off has run: no pending outbox row, no search or matching job
 * waiting, running or due for a retry, twice in a row. Unlike `searchSynced` it never queues a sync itself, so a
 * change whose kick was lost stays visible as pending.
 */
export async function matchingSettled(t: TestApp, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quietPolls = 0;
  while (quietPolls < 2) {
    const pending = await searchOutboxRepository.countPendingSearchSync(t.deps.database.db);
    let queued = 0;
    for (const name of ["search-sync", "matching"] as const) {
      const queue = t.deps.jobs.queue(name);
      const counts = await queue.getJobCounts("waiting", "active", "prioritized");
      queued += Object.values(counts).reduce((sum, n) => sum + n, 0);
      // A job scheduler always holds its next run delayed; retries are what count.
      const delayed = await queue.getJobs(["delayed"]);
      queued += delayed.filter((job) => !job.id?.startsWith("repeat:")).length;
    }
    quietPolls = pending === 0 && queued === 0 ? quietPolls + 1 : 0;
    if (Date.now() > deadline) throw new Error(`not settled: ${pending} outbox rows, ${queued} jobs`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
