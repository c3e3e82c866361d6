import { accountRepository } from "@ketnoi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount, registerAccount } from "../helpers/accounts.js";
import {
  legacyUnsubscribePath,
  oneClickPost,
  unsubscribeCall,
  unsubscribeToken,
} from "../helpers/notifications.js";
import { expectProblem, problemFields } from "../helpers/problems.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let account: RegisteredAccount;
beforeAll(async () => {
  t = await createTestApp();
  account = await registerAccount(t);
});
afterAll(async () => {
  await t.close();
});

const patch = (payload: Record<string, unknown>) =>
  t.app.inject({
    method: "PATCH",
    url: "/v1/me/notifications",
    headers: bearer(account.accessToken),
    payload,
  });

describe("PATCH /v1/me/notifications with bad input", () => {
  it.each([
    [{ digest: "daily" }, "body.digest"],
    [{ digestDay: "funday" }, "body.digestDay"],
    [{ immediate: "yes" }, "body.immediate"],
    [{ language: "fr" }, "body.language"],
  ])("rejects %j naming the field", async (payload, field) => {
    const problem = expectProblem(await patch(payload), 400, "validation_failed");
    expect(problemFields(problem)).toEqual([field]);
  });

  it("rejects fields it does not know instead of ignoring them", async () => {
    const problem = expectProblem(
      await patch({ digest: "off", frequency: "monthly" }),
      400,
      "validation_failed",
    );
    expect(problem.errors?.[0]?.message).toMatch(/frequency/);
  });

  it("rejects an empty change", async () => {
    expectProblem(await patch({}), 400, "validation_failed");
  });
});

describe("unsubscribe links that are not right", () => {
  it.each([
    ["made up", "d.0190f5c2123470008000000000000000.AAAAAAAAAAAAAAAAAAAAAA"],
    ["cut off", unsubscribeToken("0190f5c2-1234-7000-8000-000000000000", "digest").slice(0, -3)],
    ["of no kind we send", "x.0190f5c2123470008000000000000000.AAAAAAAAAAAAAAAAAAAAAA"],
  ])("are refused when %s, checked or used, naming the token", async (_label, token) => {
    for (const action of ["check", "use"] as const) {
      const problem = expectProblem(await unsubscribeCall(t, token, action), 400, "invalid_token");
      expect(problemFields(problem)).toEqual(["body.token"]);
    }
  });

  it("are refused without a token", async () => {
    expectProblem(await unsubscribeCall(t, ""), 400, "validation_failed");
  });

  it("to the old address answer a one-click POST with 400 and words, when made up or missing", async () => {
    const made = legacyUnsubscribePath("0190f5c2-1234-7000-8000-000000000000", "digest").slice(0, -3);
    for (const path of [made, "/pages/unsubscribe"]) {
      const response = await oneClickPost(t, path);
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain("This unsubscribe link is not valid.");
    }
  });
});

describe("GET /v1/admin/digests with bad input", () => {
  const badWeek = (token: string) =>
    t.app.inject({ method: "GET", url: "/v1/admin/digests?week=2026-50", headers: bearer(token) });

  it("tells a non-admin only that it may not, whatever the query", async () => {
    expectProblem(await badWeek(account.accessToken), 403, "forbidden");
  });

  it("names the bad query field to an admin", async () => {
    const admin = await registerAccount(t);
    await t.deps.database.db.transaction((tx) => accountRepository.setPlatformAdmin(tx, admin.userId, true));
    expect(problemFields(expectProblem(await badWeek(admin.accessToken), 400))).toEqual(["query.week"]);
  });
});
