// Idempotency-Key misuse and failures: a key reused for another request, a malformed key, a key whose first
// request is still running or failed, and keys past their 24 hours.
import { randomUUID } from "node:crypto";
import { accountRepository, idempotencyKeyRepository } from "@ketnoi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount, registerAccount } from "../helpers/accounts.js";
import { expectProblem, problemFields } from "../helpers/problems.js";
import { requestBody, requestCount } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

const maxWaitMs = 400;
const staleClaimMs = 60_000;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ idempotency: { maxWaitMs, staleClaimMs } });
});
afterAll(async () => {
  await t.close();
});

function createRequest(account: RegisteredAccount, body: Record<string, unknown>, key?: string) {
  return t.app.inject({
    method: "POST",
    url: "/v1/requests",
    headers: { ...bearer(account.accessToken), ...(key === undefined ? {} : { "idempotency-key": key }) },
    payload: body,
  });
}

describe("a key used for a different request", () => {
  it("answers 422 naming the header when the body differs, and creates nothing more", async () => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    const key = randomUUID();
    expect((await createRequest(buyer, requestBody(), key)).statusCode).toBe(201);
    const other = await createRequest(buyer, requestBody({ title: "Cần 5.000 hộp giấy in offset" }), key);
    const problem = expectProblem(other, 422, "idempotency_key_reused");
    expect(problemFields(problem)).toEqual(["headers.idempotency-key"]);
    expect(problem.detail).toContain("POST /v1/requests");
    expect(await requestCount(t, buyer)).toBe(1);
  });

  it("answers 422 when the same key is sent to another route", async () => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    const key = randomUUID();
    expect((await createRequest(buyer, requestBody(), key)).statusCode).toBe(201);
    const invitation = await t.app.inject({
      method: "POST",
      url: `/v1/organizations/${buyer.organizationId}/invitations`,
      headers: { ...bearer(buyer.accessToken), "idempotency-key": key },
      payload: { email: "someone@example.vn" },
    });
    expectProblem(invitation, 422, "idempotency_key_reused");
  });
});

describe("a malformed key", () => {
  it.each([
    ["empty", ""],
    ["longer than 255 characters", "k".repeat(256)],
    ["not ASCII", "khóa-một"],
    ["with a control character", "key\u0007bell"],
  ])("is a 400 naming the header when it is %s, and the request does not run", async (_label, key) => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    const response = await t.app.inject({
      method: "POST",
      url: "/v1/requests",
      headers: {
        ...bearer(buyer.accessToken),
        "idempotency-key": Buffer.from(key, "utf8").toString("latin1"),
      },
      payload: requestBody(),
    });
    const problem = expectProblem(response, 400, "validation_failed");
    expect(problemFields(problem)).toEqual(["headers.idempotency-key"]);
    expect(await requestCount(t, buyer)).toBe(0);
  });

  it("accepts 255 printable characters, spaces and punctuation included", async () => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    const key = `order 42/${"x".repeat(246)}`;
    expect(key).toHaveLength(255);
    const response = await createRequest(buyer, requestBody(), key);
    expect(response.statusCode, response.body).toBe(201);
  });
});

describe("a key whose first request failed", () => {
  it("runs the corrected request when the first was refused, instead of replaying the refusal", async () => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    const key = randomUUID();
    // The deadline after the needed-by date is a rule the route checks after the key was claimed.
    const refused = await createRequest(
      buyer,
      requestBody({ quoteDeadline: new Date(Date.now() + 60 * 86_400_000).toISOString() }),
      key,
    );
    expectProblem(refused, 400, "validation_failed");
    const corrected = await createRequest(buyer, requestBody(), key);
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect(corrected.headers["idempotent-replayed"]).toBeUndefined();
    expect(await requestCount(t, buyer)).toBe(1);
  });
});

// The key is claimed beside authentication, before the body is read (plugins/idempotency.ts): a request that ends
// before its handler must give it back, or its retry would wait and get 409.
describe("a key whose request ended before its handler ran", () => {
  it("is given back after a 403, so the same key runs once the email is verified", async () => {
    const buyer = await registerAccount(t, { roles: ["buyer"] });
    const key = randomUUID();
    expectProblem(await createRequest(buyer, requestBody(), key), 403, "email_not_verified");
    await t.deps.database.db.transaction((tx) =>
      accountRepository.markEmailVerified(tx, buyer.userId, new Date()),
    );
    const retry = await createRequest(buyer, requestBody(), key);
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBeUndefined();
    expect(await requestCount(t, buyer)).toBe(1);
  });

  it("is given back after a body the schema refuses, so the corrected body runs", async () => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    const key = randomUUID();
    const refused = await createRequest(
      buyer,
      requestBody({ quantity: { value: -5, unit: "cartons" } }),
      key,
    );
    expectProblem(refused, 400, "validation_failed");
    const corrected = await createRequest(buyer, requestBody(), key);
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect(await requestCount(t, buyer)).toBe(1);
  });
});

describe("two requests racing with one key", () => {
  it("runs the first and answers the other 422 when their bodies differ, whichever claims first", async () => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    const key = randomUUID();
    const answers = await Promise.all([
      createRequest(buyer, requestBody(), key),
      createRequest(buyer, requestBody({ title: "Cần 5.000 hộp giấy in offset" }), key),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 422]);
    expect(await requestCount(t, buyer)).toBe(1);
  });
});

describe("a key whose first request is still running", () => {
  /** The key as another API process holds it while its request runs: claimed, not finished. */
  async function claimElsewhere(buyer: RegisteredAccount, key: string, body: Record<string, unknown>) {
    // Learn the request's fingerprint from a first run, then claim the key again as if that run were under way.
    expect((await createRequest(buyer, body, key)).statusCode).toBe(201);
    const caller = { userId: buyer.userId, organizationId: buyer.organizationId };
    const db = t.deps.database.db;
    const finished = await idempotencyKeyRepository.findIdempotencyKey(db, caller, key);
    if (!finished) throw new Error("the key was not stored");
    const claim = await idempotencyKeyRepository.claimIdempotencyKey(db, {
      ...caller,
      key,
      route: finished.route,
      fingerprint: finished.fingerprint,
      now: t.deps.clock(),
      staleBefore: new Date(0),
      // Everything counts as expired, so this claim takes the finished key over.
      expiredBefore: new Date("9999-12-31T00:00:00Z"),
    });
    expect(claim.claimed).toBe(true);
  }

  it("makes a duplicate wait, then answers 409 with Retry-After if the first does not finish", async () => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    const key = randomUUID();
    const body = requestBody();
    await claimElsewhere(buyer, key, body);
    const started = Date.now();
    const duplicate = await createRequest(buyer, body, key);
    expect(Date.now() - started).toBeGreaterThanOrEqual(maxWaitMs);
    const problem = expectProblem(duplicate, 409, "idempotency_key_in_use");
    expect(problemFields(problem)).toEqual(["headers.idempotency-key"]);
    expect(duplicate.headers["retry-after"]).toBe("1");
    expect(await requestCount(t, buyer)).toBe(1);
  });

  it("lets a request take over a stale claim whose process died before reading its body", async () => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    const key = randomUUID();
    const claim = await idempotencyKeyRepository.claimIdempotencyKey(t.deps.database.db, {
      userId: buyer.userId,
      organizationId: buyer.organizationId,
      key,
      route: "POST /v1/requests",
      fingerprint: null,
      now: t.deps.clock(),
      staleBefore: new Date(0),
      expiredBefore: new Date(0),
    });
    expect(claim.claimed).toBe(true);
    expectProblem(await createRequest(buyer, requestBody(), key), 409, "idempotency_key_in_use");
    t.advanceClock(staleClaimMs + 1000);
    const retry = await createRequest(buyer, requestBody(), key);
    expect(retry.statusCode, retry.body).toBe(201);
    expect(await requestCount(t, buyer)).toBe(1);
  });

  it("lets the same request take over a claim whose process died (stale), and run once", async () => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    const key = randomUUID();
    const body = requestBody();
    await claimElsewhere(buyer, key, body);
    t.advanceClock(staleClaimMs + 1000);
    const retry = await createRequest(buyer, body, key);
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBeUndefined();
    // A different request does not take a stale claim over: it is still a different request.
    const other = await createRequest(buyer, requestBody({ title: "Cần 5.000 hộp giấy" }), key);
    expectProblem(other, 422, "idempotency_key_reused");
  });
});

describe("keys after 24 hours", () => {
  it("are free again: the same key starts a new operation", async () => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    const key = randomUUID();
    const first = await createRequest(buyer, requestBody(), key);
    expect(first.statusCode).toBe(201);
    t.advanceClock(24 * 3_600_000 + 60_000);
    const later = await createRequest(buyer, requestBody({ title: "Cần 5.000 hộp giấy in offset" }), key);
    expect(later.statusCode, later.body).toBe(201);
    expect(later.json().id).not.toBe(first.json().id);
  });
});
