import { accountRepository } from "@ketnoi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount, registerAccount } from "../helpers/accounts.js";
import { unsubscribePath } from "../helpers/notifications.js";
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
    ["without a token", "/pages/unsubscribe"],
    [
      "with a made-up token",
      "/pages/unsubscribe?token=d.0190f5c2123470008000000000000000.AAAAAAAAAAAAAAAAAAAAAA",
    ],
    [
      "with a cut-off token",
      `${unsubscribePath("0190f5c2-1234-7000-8000-000000000000", "digest").slice(0, -3)}`,
    ],
  ])("answer 400 with an explanation page %s, for GET and POST", async (_label, url) => {
    for (const method of ["GET", "POST"] as const) {
      const response = await t.app.inject({
        method,
        url,
        ...(method === "POST"
          ? {
              headers: { "content-type": "application/x-www-form-urlencoded" },
              payload: "List-Unsubscribe=One-Click",
            }
          : {}),
      });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain("This unsubscribe link is not right.");
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
