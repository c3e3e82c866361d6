// Idempotency keys belong to their caller: someone else's key is never someone else's response, and a stored
// response is replayed only to a caller still allowed to call the route.
import { randomUUID } from "node:crypto";
import { idempotencyKeyRepository } from "@ketnoi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { expectProblem } from "../helpers/problems.js";
import { requestBody, requestCount } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

function createRequest(accessToken: string | undefined, body: Record<string, unknown>, key: string) {
  return t.app.inject({
    method: "POST",
    url: "/v1/requests",
    headers: { ...(accessToken ? bearer(accessToken) : {}), "idempotency-key": key },
    payload: body,
  });
}

describe("keys per caller", () => {
  it("runs another user's request with the same key and body as its own, never replaying the first user's", async () => {
    const first: RegisteredAccount = await verifiedSupplier(t, ["buyer"]);
    const second: RegisteredAccount = await verifiedSupplier(t, ["buyer"]);
    const key = "order-2026-0001";
    const body = requestBody();
    const mine = await createRequest(first.accessToken, body, key);
    const theirs = await createRequest(second.accessToken, body, key);
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(theirs.headers["idempotent-replayed"]).toBeUndefined();
    expect(theirs.json().id).not.toBe(mine.json().id);
    expect(theirs.json().buyer.organizationId).toBe(second.organizationId);
    // A different body with the other user's key is no conflict either: the keys never meet.
    const other = await createRequest(
      second.accessToken,
      requestBody({ title: "Cần 5.000 hộp giấy" }),
      "fresh",
    );
    expect(other.statusCode).toBe(201);
    expect(await requestCount(t, first)).toBe(1);
    expect(await requestCount(t, second)).toBe(2);
  });

  it("keeps a colleague's key apart from yours in the same organisation", async () => {
    const owner = await verifiedSupplier(t, ["buyer"]);
    const colleague = await addMember(t, owner);
    const key = randomUUID();
    const body = requestBody();
    const byOwner = await createRequest(owner.accessToken, body, key);
    const byColleague = await createRequest(colleague.accessToken, body, key);
    expect([byOwner.statusCode, byColleague.statusCode]).toEqual([201, 201]);
    expect(byColleague.json().id).not.toBe(byOwner.json().id);
  });
});

describe("who gets a replay", () => {
  it("answers 401 to an anonymous caller with a key, before reading anything", async () => {
    const response = await createRequest(undefined, requestBody(), randomUUID());
    expectProblem(response, 401, "unauthorized");
  });

  it("does not replay a stored response to a member who was removed from the organisation", async () => {
    const owner = await verifiedSupplier(t, ["buyer"]);
    const colleague = await addMember(t, owner);
    const key = randomUUID();
    const body = requestBody();
    expect((await createRequest(colleague.accessToken, body, key)).statusCode).toBe(201);
    const removed = await t.app.inject({
      method: "DELETE",
      url: `/v1/organizations/${owner.organizationId}/members/${colleague.userId}`,
      headers: bearer(owner.accessToken),
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expectProblem(await createRequest(colleague.accessToken, body, key), 401, "unauthorized");
  });

  it("leaves no key behind for a removed member's token, though the claim is tried beside authentication", async () => {
    const owner = await verifiedSupplier(t, ["buyer"]);
    const colleague = await addMember(t, owner);
    const removed = await t.app.inject({
      method: "DELETE",
      url: `/v1/organizations/${owner.organizationId}/members/${colleague.userId}`,
      headers: bearer(owner.accessToken),
    });
    expect(removed.statusCode, removed.body).toBe(204);
    const key = randomUUID();
    expectProblem(await createRequest(colleague.accessToken, requestBody(), key), 401, "unauthorized");
    const caller = { userId: colleague.userId, organizationId: owner.organizationId };
    await expect
      .poll(() => idempotencyKeyRepository.findIdempotencyKey(t.deps.database.db, caller, key))
      .toBeUndefined();
  });
});
