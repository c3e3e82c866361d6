import { requestMatchRepository, supplierRepository } from "@ketnoi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { mouldingSupplier, publishMatchedRequest, quoted } from "../helpers/marketplace.js";
import { matchingDone, patchRequest } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyer: RegisteredAccount;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyer = await verifiedSupplier(t, ["buyer"]);
  // Someone for the first matching run to find, so the requests are not empty before the newcomers arrive.
  await mouldingSupplier(t, "Công ty TNHH Nhựa Có Sẵn");
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

const rows = (requestId: string) =>
  requestMatchRepository.listMatchesForRequest(t.deps.database.db, requestId, { includeNearMisses: true });

async function supplierRow(requestId: string, supplierId: string) {
  return (await rows(requestId)).find(({ match }) => match.supplierId === supplierId)?.match;
}

/** Waits until the index has the supplier's current version and the reverse job for it has run. */
async function reverseMatched(supplierId: string, version: number) {
  await t.searchSynced(30_000);
  return matchingDone(t, `rematch-${supplierId}-v${version}`);
}

async function patchProfile(account: RegisteredAccount, id: string, payload: Record<string, unknown>) {
  const response = await t.app.inject({
    method: "PATCH",
    url: `/v1/suppliers/${id}`,
    headers: bearer(account.accessToken),
    payload,
  });
  expect(response.statusCode, response.body).toBe(200);
  const stored = await supplierRepository.findSupplierById(t.deps.database.db, id);
  return { version: stored?.version ?? 0 };
}

describe("a supplier that joins or changes after a request was published", () => {
  it("is added to the open requests it now fits, scored as the forward run scores it", async () => {
    const open = await publishMatchedRequest(t, buyer);
    const closed = await publishMatchedRequest(t, buyer);
    expect((await patchRequest(t, buyer, closed.id, { status: "closed" })).statusCode).toBe(200);

    const newcomer = await mouldingSupplier(t, "Công ty TNHH Nhựa Mới Đến");
    expect(await reverseMatched(newcomer.profileId, 1)).toMatchObject({ matches: 1, removed: 0 });
    const added = await supplierRow(open.id, newcomer.profileId);
    expect(added).toMatchObject({ verdict: "match", requestVersion: 1 });
    // Only open requests are matched in reverse.
    expect(await supplierRow(closed.id, newcomer.profileId)).toBeUndefined();

    // The forward run for the same version finds the same supplier with the same score, and changes nothing.
    await t.deps.jobs
      .queue("matching")
      .add(
        "match-sourcing-request",
        { requestId: open.id, version: 1 },
        { jobId: `match-${open.id}-v1-again` },
      );
    await matchingDone(t, `match-${open.id}-v1-again`);
    expect(await supplierRow(open.id, newcomer.profileId)).toEqual(added);
  });

  it("changes nothing when the reverse job runs again", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const newcomer = await mouldingSupplier(t, "Công ty TNHH Nhựa Lặp Lại");
    await reverseMatched(newcomer.profileId, 1);
    const before = await rows(request.id);
    await t.deps.jobs
      .queue("matching")
      .add(
        "match-supplier-to-requests",
        { supplierId: newcomer.profileId, version: 1 },
        { jobId: `rematch-${newcomer.profileId}-v1-again` },
      );
    await matchingDone(t, `rematch-${newcomer.profileId}-v1-again`);
    expect(await rows(request.id)).toEqual(before);
  });

  it("leaves the requests it no longer fits, and all of them when paused, unless it already answered", async () => {
    const first = await publishMatchedRequest(t, buyer);
    const second = await publishMatchedRequest(t, buyer);
    const switcher = await mouldingSupplier(t, "Công ty TNHH Đổi Ngành");
    await reverseMatched(switcher.profileId, 1);
    expect(await supplierRow(first.id, switcher.profileId)).toBeDefined();

    // It stops moulding: it no longer fits either request (its words no longer say it moulds either, or it
    // would stay a candidate for what it says it makes).
    const changed = await patchProfile(switcher, switcher.profileId, {
      categories: ["packaging.corrugated-cartons"],
      descriptionVi: "Thùng carton 3 lớp, 5 lớp.",
      materials: ["giấy kraft"],
    });
    // Earlier tests left open requests too: it leaves every one of them.
    const result = (await reverseMatched(switcher.profileId, changed.version)) as { removed: number };
    expect(result.removed).toBeGreaterThanOrEqual(2);
    expect(await supplierRow(second.id, switcher.profileId)).toBeUndefined();
    expect(await supplierRow(first.id, switcher.profileId)).toBeUndefined();

    const pausing = await mouldingSupplier(t, "Công ty TNHH Tạm Nghỉ");
    await reverseMatched(pausing.profileId, 1);
    await quoted(t, pausing, first.id);
    const paused = await patchProfile(pausing, pausing.profileId, { status: "paused" });
    await reverseMatched(pausing.profileId, paused.version);
    // It answered the first request, so the buyer keeps seeing it there; it leaves the second.
    expect(await supplierRow(first.id, pausing.profileId)).toBeDefined();
    expect(await supplierRow(second.id, pausing.profileId)).toBeUndefined();
  });
});

describe("a supplier that fits a request by its words or its group, not its trade", () => {
  // The forward run finds such suppliers (soft retrieval); the reverse run must find them too, or a supplier's
  // matches would depend on whether it or the request moved last.
  it("is matched when it changes after the request was published, as the forward run would match it", async () => {
    const request = await publishMatchedRequest(t, buyer);
    // A thermoformer (a neighbouring trade) that at first says nothing of moulding, then says it moulds ABS housings.
    const neighbour = await mouldingSupplier(t, "Công ty TNHH Định Hình Nhựa", {
      categories: ["plastics.thermoforming"],
      descriptionVi: "Khay nhựa định hình, vỉ PET.",
      materials: ["PET"],
    });
    await reverseMatched(neighbour.profileId, 1);
    expect(await supplierRow(request.id, neighbour.profileId)).toBeUndefined();
    const changed = await patchProfile(neighbour, neighbour.profileId, {
      descriptionVi: "Khay nhựa định hình, vỉ PET; ép phun vỏ nhựa ABS.",
      materials: ["PET", "ABS"],
    });
    await reverseMatched(neighbour.profileId, changed.version);
    // Filed under another trade altogether (moulds), its words say it makes the item.
    const toolmaker = await mouldingSupplier(t, "Công ty TNHH Khuôn Mẫu Ép Phun", {
      categories: ["moulds.plastic-injection-moulds"],
      descriptionVi: "Làm khuôn và ép phun vỏ nhựa ABS, PP trên máy của mình.",
    });
    await reverseMatched(toolmaker.profileId, 1);
    // Filed only under the plastics group.
    const groupOnly = await mouldingSupplier(t, "Công ty TNHH Nhựa Tổng Hợp", { categories: ["plastics"] });
    await reverseMatched(groupOnly.profileId, 1);

    const reverse = {
      neighbour: await supplierRow(request.id, neighbour.profileId),
      toolmaker: await supplierRow(request.id, toolmaker.profileId),
      groupOnly: await supplierRow(request.id, groupOnly.profileId),
    };
    expect(reverse.neighbour).toMatchObject({ verdict: "match" });
    expect(reverse.toolmaker).toMatchObject({ verdict: "match" });
    expect(reverse.groupOnly).toMatchObject({ verdict: "match" });

    // The forward run of the same version stores the same rows.
    await t.deps.jobs
      .queue("matching")
      .add(
        "match-sourcing-request",
        { requestId: request.id, version: 1 },
        { jobId: `match-${request.id}-v1-words` },
      );
    await matchingDone(t, `match-${request.id}-v1-words`);
    expect(await supplierRow(request.id, neighbour.profileId)).toEqual(reverse.neighbour);
    expect(await supplierRow(request.id, toolmaker.profileId)).toEqual(reverse.toolmaker);
    expect(await supplierRow(request.id, groupOnly.profileId)).toEqual(reverse.groupOnly);
  });
});

describe("how far reverse matching reaches", () => {
  // North of the supplier in VSIP II (11.080, 106.695), one degree of latitude being 111 km.
  const delivery = (lat: number, maxDistanceKm: number) => ({
    delivery: { province: "Đồng Nai", lat, lng: 106.695, maxDistanceKm },
  });

  it("reaches requests up to twice their own distance limit away, whatever the limit, and no farther", async () => {
    const nearMiss = await publishMatchedRequest(t, buyer, delivery(11.575, 30)); // 55 km, limit 30
    const outOfReach = await publishMatchedRequest(t, buyer, delivery(11.98, 30)); // 100 km, limit 30
    const wide = await publishMatchedRequest(t, buyer, delivery(11.98, 200)); // 100 km, limit 200
    const newcomer = await mouldingSupplier(t, "Công ty TNHH Nhựa Gần Xa");
    await reverseMatched(newcomer.profileId, 1);

    expect(await supplierRow(nearMiss.id, newcomer.profileId)).toMatchObject({ verdict: "near_miss" });
    expect(await supplierRow(outOfReach.id, newcomer.profileId)).toBeUndefined();
    expect(await supplierRow(wide.id, newcomer.profileId)).toMatchObject({ verdict: "match" });
  });

  it("reaches a request without a distance limit however far it is, as a match, not a near miss", async () => {
    // 300 km north of the supplier, no limit named.
    const anywhere = await publishMatchedRequest(t, buyer, {
      delivery: { province: "Đồng Nai", lat: 13.78, lng: 106.695, maxDistanceKm: null },
    });
    const newcomer = await mouldingSupplier(t, "Công ty TNHH Nhựa Xa Mấy Cũng Giao");
    await reverseMatched(newcomer.profileId, 1);
    expect(await supplierRow(anywhere.id, newcomer.profileId)).toMatchObject({ verdict: "match" });
  });
});

describe("the open-requests index", () => {
  it("holds open requests only", async () => {
    const request = await publishMatchedRequest(t, buyer);
    await t.searchSynced(30_000);
    const index = t.deps.search.client.index(`${t.deps.config.NAMESPACE}_requests`);
    expect((await index.getDocument(request.id)).id).toBe(request.id);
    expect((await patchRequest(t, buyer, request.id, { status: "cancelled" })).statusCode).toBe(200);
    await t.searchSynced(30_000);
    await expect(index.getDocument(request.id)).rejects.toThrow();
  });
});
