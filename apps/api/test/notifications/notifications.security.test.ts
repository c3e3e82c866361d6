import { accountRepository } from "@ketnoi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount, registerAccount } from "../helpers/accounts.js";
import {
  legacyUnsubscribePath,
  notificationPreferences,
  oneClickPost,
  unsubscribeCall,
  unsubscribeToken,
} from "../helpers/notifications.js";
import { expectProblem } from "../helpers/problems.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let alice: RegisteredAccount;
let bob: RegisteredAccount;
beforeAll(async () => {
  t = await createTestApp();
  alice = await registerAccount(t);
  bob = await registerAccount(t);
});
afterAll(async () => {
  await t.close();
});

describe("email preferences are your own", () => {
  it("need a login", async () => {
    expectProblem(await t.app.inject({ method: "GET", url: "/v1/me/notifications" }), 401);
    expectProblem(
      await t.app.inject({ method: "PATCH", url: "/v1/me/notifications", payload: { digest: "off" } }),
      401,
    );
  });

  it("cannot be changed for someone else by editing an unsubscribe link", async () => {
    const [scope, , signature] = unsubscribeToken(alice.userId, "digest").split(".");
    const forged = `${scope}.${bob.userId.replaceAll("-", "")}.${signature}`;
    expectProblem(await unsubscribeCall(t, forged), 400, "invalid_token");
    const legacy = await oneClickPost(t, `/pages/unsubscribe?token=${encodeURIComponent(forged)}`);
    expect(legacy.statusCode).toBe(400);
    expect((await notificationPreferences(t, bob.accessToken)).digest).toBe("weekly");
  });

  it("are not changed by opening or checking the link, only by using it", async () => {
    for (let i = 0; i < 3; i++) {
      await t.app.inject({ method: "GET", url: legacyUnsubscribePath(bob.userId, "digest") });
      await unsubscribeCall(t, unsubscribeToken(bob.userId, "digest"), "check");
    }
    expect((await notificationPreferences(t, bob.accessToken)).digest).toBe("weekly");
  });
});

describe("the digest ledger", () => {
  it("is for platform admins only", async () => {
    expectProblem(await t.app.inject({ method: "GET", url: "/v1/admin/digests" }), 401);
    expectProblem(
      await t.app.inject({ method: "GET", url: "/v1/admin/digests", headers: bearer(alice.accessToken) }),
      403,
    );
    await t.deps.database.db.transaction((tx) => accountRepository.setPlatformAdmin(tx, alice.userId, true));
    const response = await t.app.inject({
      method: "GET",
      url: "/v1/admin/digests",
      headers: bearer(alice.accessToken),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      week: null,
      counts: { planned: 0, sent: 0, failed: 0, skipped: 0 },
      deliveries: [],
      nextAfter: null,
    });
  });
});
