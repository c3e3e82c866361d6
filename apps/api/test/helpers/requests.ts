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
    if (state === "completed") return job?.returnvalue;
    // A failed attempt waits in "delayed" for its retry: report it rather than waiting out the backoff.
    if (state === "failed" || (state === "delayed" && (job?.attemptsMade ?? 0) > 0)) {
      throw new Error(`matching failed: ${job?.failedReason}`);
    }
    if (Date.now() > deadline) throw new Error(`matching job ${jobId} did not finish (state ${state})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
