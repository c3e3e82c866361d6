import { requestMatchRepository } from "@ketnoi/db";
import { taxCode } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertSearchFixture } from "../fixtures/search-suppliers.js";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import {
  createRequest,
  patchRequest,
  requestBody,
  matchingDone as waitForMatching,
} from "../helpers/requests.js";
import { publishProfile, verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let ids: Record<string, string>;
/** A buyer that is also a supplier: its own moulding profile sits in VSIP I and must never match its requests. */
let buyer: RegisteredAccount;
let buyerProfileId: string;
/** A moulder near VSIP without ISO 9001: a near miss for the buyer's request. */
let moulder: RegisteredAccount;
let moulderProfileId: string;
const keyOf = (id: string) => Object.entries(ids).find(([, value]) => value === id)?.[0] ?? id;

const mouldingProfile = (n: number, overrides: Record<string, unknown>) => ({
  legalName: "Công ty TNHH Nhựa Kỹ Thuật",
  taxCode: taxCode(n),
  descriptionVi: "Ép phun nhựa ABS, PP cho linh kiện điện tử.",
  categories: ["plastics.injection-moulding"],
  materials: ["ABS", "PP"],
  languages: ["vi"],
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  ids = await insertSearchFixture(t.deps.database.db);
  buyer = await verifiedSupplier(t, ["buyer", "supplier"]);
  buyerProfileId = (
    await publishProfile(
      t,
      buyer,
      mouldingProfile(700, {
        legalName: "Công ty TNHH Điện Máy Sài Gòn",
        certifications: [{ code: "iso-9001" }],
        location: { zoneId: "kcn-vsip-1" },
      }),
    )
  ).id;
  moulder = await verifiedSupplier(t, ["supplier"]);
  moulderProfileId = (
    await publishProfile(
      t,
      moulder,
      mouldingProfile(701, { legalName: "Công ty TNHH Nhựa Bình An", location: { zoneId: "kcn-vsip-2" } }),
    )
  ).id;
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

const matchingDone = (jobId: string) => waitForMatching(t, jobId);

const mouldingRequest = (overrides: Record<string, unknown> = {}) =>
  requestBody({
    title: "Cần 10.000 vỏ nhựa ABS ép phun",
    description: "Vỏ hộp điện, màu trắng",
    categories: ["plastics.injection-moulding"],
    specification: { text: "Theo bản vẽ", material: "ABS" },
    quantity: { value: 10_000, unit: "pieces" },
    requiredCertifications: ["iso-9001"],
    delivery: { zoneId: "kcn-vsip-1", maxDistanceKm: 30 },
    publish: true,
    ...overrides,
  });

async function matchesOf(account: RegisteredAccount, requestId: string, includeNearMisses: boolean) {
  const response = await t.app.inject({
    method: "GET",
    url: `/v1/requests/${requestId}/matches?includeNearMisses=${includeNearMisses}`,
    headers: bearer(account.accessToken),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as {
    supplier: { id: string; verified: boolean };
    verdict: string;
    score: number;
    explanation: { nearMissReasons: string[]; distanceKm: number };
    reasons: string[];
  }[];
}

/** The stored rows, ids and timestamps included. */
const storedRows = async (requestId: string) =>
  (
    await requestMatchRepository.listMatchesForRequest(t.deps.database.db, requestId, {
      includeNearMisses: true,
    })
  ).map(({ match }) => match);

describe("matching a published request to suppliers", () => {
  it("ranks the ISO 9001 moulder in VSIP first and shows the others as near misses with their reasons", async () => {
    const request = await createRequest(t, buyer, mouldingRequest());
    expect(await matchingDone(`match-${request.id}-v1`)).toMatchObject({ matches: 1 });

    const matches = await matchesOf(buyer, request.id, false);
    expect(matches.map((m) => keyOf(m.supplier.id))).toEqual(["injection-vsip-iso"]);
    expect(matches[0]).toMatchObject({ verdict: "match", supplier: { verified: true } });
    expect(matches[0]?.reasons).toEqual(
      expect.arrayContaining([
        "Cùng ngành hàng: Ép phun nhựa",
        expect.stringContaining("Có ISO 9001"),
        expect.stringMatching(/^Cách [\d,]+ km$/),
      ]),
    );

    const all = await matchesOf(buyer, request.id, true);
    const byKey = new Map(all.map((m) => [keyOf(m.supplier.id), m]));
    expect(all[0]?.verdict).toBe("match");
    expect(byKey.get("injection-vsip-no-iso")).toMatchObject({
      verdict: "near_miss",
      explanation: { nearMissReasons: ["certification_missing"] },
    });
    expect(byKey.get("injection-vsip-no-iso")?.reasons).toContain("Thiếu ISO 9001");
    expect(byKey.get("injection-expired-iso")?.explanation.nearMissReasons).toEqual([
      "certification_expired",
    ]);
    // 58 km away: beyond the buyer's 30 km but within twice that, so it is shown as a near miss.
    expect(byKey.get("injection-far-iso")).toMatchObject({
      verdict: "near_miss",
      explanation: { nearMissReasons: ["too_far"] },
    });
    expect(all.slice(1).every((m) => m.verdict === "near_miss")).toBe(true);
    // Other trades are not candidates at all.
    expect(byKey.has("carton-vi")).toBe(false);
  });

  it("never matches the buyer's own supplier profile", async () => {
    const request = await createRequest(t, buyer, mouldingRequest());
    await matchingDone(`match-${request.id}-v1`);
    const all = await matchesOf(buyer, request.id, true);
    expect(all.length).toBeGreaterThan(0);
    expect(all.map((m) => m.supplier.id)).not.toContain(buyerProfileId);
  });

  it("changes nothing when the job runs again for the same version", async () => {
    const request = await createRequest(t, buyer, mouldingRequest());
    await matchingDone(`match-${request.id}-v1`);
    const before = await storedRows(request.id);
    expect(before.length).toBeGreaterThan(1);

    // The same id collapses into the finished job, so a rerun (as after a lost lock) needs its own id.
    await t.deps.jobs
      .queue("matching")
      .add(
        "match-sourcing-request",
        { requestId: request.id, version: 1 },
        { jobId: `match-${request.id}-v1-rerun` },
      );
    expect(await matchingDone(`match-${request.id}-v1-rerun`)).toMatchObject({ matches: 1 });
    expect(await storedRows(request.id)).toEqual(before);
  });

  it("matches again after an edit, for the new version", async () => {
    const request = await createRequest(t, buyer, mouldingRequest());
    await matchingDone(`match-${request.id}-v1`);
    const edited = await patchRequest(t, buyer, request.id, { description: "Vỏ hộp điện, màu xám" });
    expect(edited.statusCode, edited.body).toBe(200);
    await matchingDone(`match-${request.id}-v2`);
    const rows = await requestMatchRepository.listMatchesForRequest(t.deps.database.db, request.id, {
      includeNearMisses: true,
    });
    expect(rows.every(({ match }) => match.requestVersion === 2)).toBe(true);
  });

  it("shows a supplier the open requests it matched, without the buyer's name when hidden", async () => {
    const request = await createRequest(t, buyer, mouldingRequest({ showBuyerName: false }));
    await matchingDone(`match-${request.id}-v1`);
    const response = await t.app.inject({
      method: "GET",
      url: `/v1/suppliers/${moulderProfileId}/matches`,
      headers: bearer(moulder.accessToken),
    });
    expect(response.statusCode, response.body).toBe(200);
    const item = response.json().items.find((i: { request: { id: string } }) => i.request.id === request.id);
    expect(item).toMatchObject({
      request: {
        title: "Cần 10.000 vỏ nhựa ABS ép phun",
        buyer: null,
        quoteDeadline: request.quoteDeadline,
        neededBy: request.neededBy,
      },
      verdict: "near_miss",
      distanceKm: expect.any(Number),
    });
    expect(item.reasons).toContain("Thiếu ISO 9001");
  });
});
