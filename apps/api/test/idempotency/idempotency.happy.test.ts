// Idempotency-Key on the creating routes: a request sent many times with one key, at once or later, runs once and
// every copy gets the first response. Without a key nothing changes.
import { randomUUID } from "node:crypto";
import { accountRepository, schema } from "@ketnoi/db";
import { taxCode } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount, uniqueEmail } from "../helpers/accounts.js";
import {
  mouldingSupplier,
  publishMatchedRequest,
  type SupplierAccount,
  validQuote,
} from "../helpers/marketplace.js";
import { requestBody, requestCount } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyer: RegisteredAccount;
let daiViet: SupplierAccount;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyer = await verifiedSupplier(t, ["buyer"]);
  daiViet = await mouldingSupplier(t, "Công ty TNHH Nhựa Đại Việt");
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

function send(
  account: RegisteredAccount,
  request: { method: "POST" | "PUT"; url: string; payload: unknown; headers?: Record<string, string> },
  key?: string,
) {
  return t.app.inject({
    method: request.method,
    url: request.url,
    headers: {
      ...bearer(account.accessToken),
      ...request.headers,
      ...(key === undefined ? {} : { "idempotency-key": key }),
    },
    payload: request.payload as string,
  });
}

const createRequestCall = (body = requestBody()) => ({
  method: "POST" as const,
  url: "/v1/requests",
  payload: body,
});

describe("creating a request with an Idempotency-Key", () => {
  it("runs 20 concurrent identical creates with one key once, and answers all 20 with the same response", async () => {
    const owner = await verifiedSupplier(t, ["buyer"]);
    const key = randomUUID();
    const call = createRequestCall();
    const responses = await Promise.all(Array.from({ length: 20 }, () => send(owner, call, key)));

    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const [first] = responses;
    for (const response of responses) expect(response.body).toBe(first?.body);
    expect(await requestCount(t, owner)).toBe(1);
    // One of them ran; the others got its response back.
    expect(responses.filter((r) => r.headers["idempotent-replayed"] === "true")).toHaveLength(19);
    expect(responses.every((r) => r.headers["content-type"] === first?.headers["content-type"])).toBe(true);
  });

  it("replays the first response to a retry after it finished: same id, nothing created again", async () => {
    const owner = await verifiedSupplier(t, ["buyer"]);
    const key = randomUUID();
    const body = requestBody({ publish: true, categories: ["packaging.corrugated-cartons"] });
    const first = await send(owner, createRequestCall(body), key);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers["idempotent-replayed"]).toBeUndefined();

    // The same body with its fields in another order and a default spelled out is the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const retry = await send(owner, createRequestCall({ ...reordered, recurrence: "one_off" }), key);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json().id).toBe(first.json().id);
    expect(retry.body).toBe(first.body);
    expect(await requestCount(t, owner)).toBe(1);
    // Publishing happened once: one outbox row (which sets off indexing and matching), no second write.
    const outbox = await t.deps.database.db.select().from(schema.searchOutbox);
    expect(outbox.filter((row) => row.entityId === first.json().id)).toHaveLength(1);
  });

  it("stores each of many responses finishing together under its own key", async () => {
    const owner = await verifiedSupplier(t, ["buyer"]);
    const keys = Array.from({ length: 12 }, () => randomUUID());
    const bodies = keys.map((_, i) => requestBody({ title: `Cần ${1000 + i} thùng carton 5 lớp` }));
    const firsts = await Promise.all(keys.map((key, i) => send(owner, createRequestCall(bodies[i]), key)));
    expect(firsts.map((r) => r.statusCode)).toEqual(keys.map(() => 201));
    const retries = await Promise.all(keys.map((key, i) => send(owner, createRequestCall(bodies[i]), key)));
    expect(retries.map((r) => r.headers["idempotent-replayed"])).toEqual(keys.map(() => "true"));
    expect(retries.map((r) => r.json().id)).toEqual(firsts.map((r) => r.json().id));
    expect(await requestCount(t, owner)).toBe(12);
  });

  it("creates a new request for each call without a key, as before", async () => {
    const owner = await verifiedSupplier(t, ["buyer"]);
    const call = createRequestCall();
    const [one, two] = await Promise.all([send(owner, call), send(owner, call)]);
    expect([one?.statusCode, two?.statusCode]).toEqual([201, 201]);
    expect(one?.json().id).not.toBe(two?.json().id);
    expect(await requestCount(t, owner)).toBe(2);
  });

  it("treats different keys as different operations", async () => {
    const owner = await verifiedSupplier(t, ["buyer"]);
    const call = createRequestCall();
    await send(owner, call, randomUUID());
    await send(owner, call, randomUUID());
    expect(await requestCount(t, owner)).toBe(2);
  });
});

describe("the other creating routes", () => {
  it("replays a supplier profile, an invitation and an import instead of running them again", async () => {
    const supplier = await verifiedSupplier(t, ["supplier"]);
    const profile = {
      method: "POST" as const,
      url: "/v1/suppliers",
      payload: {
        legalName: "Công ty TNHH Cơ Khí Tân Thuận",
        taxCode: taxCode(501),
        categories: ["metal.cnc-machining"],
        location: { zoneId: "kcn-vsip-2" },
      },
    };
    const invitation = {
      method: "POST" as const,
      url: `/v1/organizations/${supplier.organizationId}/invitations`,
      payload: { email: uniqueEmail("colleague"), role: "member" },
    };
    for (const call of [profile, invitation]) {
      const key = randomUUID();
      const first = await send(supplier, call, key);
      expect(first.statusCode, first.body).toBe(201);
      // Without the key the second call would be a 409 (one profile per organisation) or a second invitation email.
      const again = await send(supplier, call, key);
      expect(again.statusCode, again.body).toBe(201);
      expect(again.json().id).toBe(first.json().id);
    }
    const invitations = await t.app.inject({
      method: "GET",
      url: `/v1/organizations/${supplier.organizationId}/invitations`,
      headers: bearer(supplier.accessToken),
    });
    expect(invitations.json().items).toHaveLength(1);
    expect(t.smtp.messages.filter((m) => m.to.includes(invitation.payload.email))).toHaveLength(1);
  });

  it("replays a spreadsheet import by the bytes of the file", async () => {
    const admin = await verifiedSupplier(t, ["buyer"]);
    await t.deps.database.db.transaction((tx) => accountRepository.setPlatformAdmin(tx, admin.userId, true));
    const csv = `tax_code,legal_name,categories,zone\n${taxCode(502)},Công ty TNHH Bao Bì Minh Phát,Thùng carton,VSIP I\n`;
    const call = {
      method: "POST" as const,
      url: "/v1/suppliers/import",
      payload: csv,
      headers: { "content-type": "text/csv" },
    };
    const key = randomUUID();
    const first = await send(admin, call, key);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ imported: 1, updated: 0 });
    // Run again, the import would report the row as updated; the replay reports what the first run did.
    const again = await send(admin, call, key);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json()).toMatchObject({ imported: 1, updated: 0 });
    const changed = await send(admin, { ...call, payload: csv.replace("Minh Phát", "Minh Phat") }, key);
    expect(changed.statusCode, changed.body).toBe(422);
  });

  it("replays a quote, a decline and an award", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const quote = { method: "PUT" as const, url: `/v1/requests/${request.id}/quote`, payload: validQuote() };
    const key = randomUUID();
    const first = await send(daiViet, quote, key);
    expect(first.statusCode, first.body).toBe(201);
    const again = await send(daiViet, quote, key);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ id: first.json().id, revision: 1 });

    const award = {
      method: "POST" as const,
      url: `/v1/requests/${request.id}/award`,
      payload: { responseId: first.json().id },
    };
    const awardKey = randomUUID();
    const awarded = await send(buyer, award, awardKey);
    expect(awarded.statusCode, awarded.body).toBe(200);
    // Without the key a second award is a 409; with it the client learns that its award went through.
    const awardedAgain = await send(buyer, award, awardKey);
    expect(awardedAgain.statusCode).toBe(200);
    expect(awardedAgain.json()).toMatchObject({ id: request.id, status: "awarded" });

    const other = await publishMatchedRequest(t, buyer, { title: "Cần 10.000 nắp nhựa PP ép phun" });
    const decline = {
      method: "POST" as const,
      url: `/v1/requests/${other.id}/decline`,
      payload: { reason: "capacity_full", note: "Kín lịch" },
    };
    const declineKey = randomUUID();
    const declined = await send(daiViet, decline, declineKey);
    expect(declined.statusCode, declined.body).toBe(200);
    const declinedAgain = await send(daiViet, decline, declineKey);
    expect(declinedAgain.headers["idempotent-replayed"]).toBe("true");
    expect(declinedAgain.body).toBe(declined.body);
  });
});

describe("the contract", () => {
  it("documents the Idempotency-Key header on every creating route, and only there", async () => {
    const spec = (await t.app.inject({ method: "GET", url: "/openapi.json" })).json();
    const withHeader: string[] = [];
    for (const [path, operations] of Object.entries<
      Record<string, { parameters?: { in: string; name: string }[] }>
    >(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const parameter = operation.parameters?.find(
          (p) => p.in === "header" && p.name === "idempotency-key",
        );
        if (parameter) withHeader.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(withHeader.sort()).toEqual(
      [
        "POST /v1/organizations/{organizationId}/invitations",
        "POST /v1/requests",
        "POST /v1/requests/{id}/award",
        "POST /v1/requests/{id}/decline",
        "POST /v1/requests/{id}/invitations",
        "POST /v1/requests/{id}/threads/{supplierId}/messages",
        "POST /v1/suppliers",
        "POST /v1/suppliers/import",
        "POST /v1/suppliers/{id}/claims",
        "POST /v1/suppliers/{id}/verification-requests",
        "PUT /v1/requests/{id}/quote",
      ].sort(),
    );
    const create = spec.paths["/v1/requests"].post;
    expect(create.responses["422"]).toBeDefined();
    expect(create.responses["409"]).toBeDefined();
  });
});
