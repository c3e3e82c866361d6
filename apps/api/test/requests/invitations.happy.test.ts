// The buyer invites suppliers to quote: the supplier's people hear of it at once, the request is in its list as
// invited and it may answer, even when matching did not find it; inviting again changes and sends nothing.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { attachmentsOf, sampleFiles, upload } from "../helpers/attachments.js";
import {
  mouldingSupplier,
  publishMatchedRequest,
  putQuote,
  type SupplierAccount,
  validQuote,
} from "../helpers/marketplace.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyer: RegisteredAccount;
let moulder: SupplierAccount;
let cartonMaker: SupplierAccount;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyer = await verifiedSupplier(t, ["buyer"]);
  moulder = await mouldingSupplier(t, "Công ty TNHH Nhựa Tân Tạo");
  // A carton maker: no moulding request ever matches it, so only an invitation brings it one.
  cartonMaker = await mouldingSupplier(t, "Công ty TNHH Bao Bì Phú Thịnh", {
    descriptionVi: "Thùng carton 5 lớp in flexo.",
    categories: ["packaging.corrugated-cartons"],
    materials: ["giấy kraft"],
    certifications: [],
  });
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

const get = (account: RegisteredAccount, url: string) =>
  t.app.inject({ method: "GET", url, headers: bearer(account.accessToken) });
const invite = (requestId: string, supplierId: string, key = randomUUID()) =>
  t.app.inject({
    method: "POST",
    url: `/v1/requests/${requestId}/invitations`,
    headers: { ...bearer(buyer.accessToken), "idempotency-key": key },
    payload: { supplierId },
  });
const isInvitation = (m: { subject: string }) => /Lời mời báo giá|Invitation to quote/.test(m.subject);

describe("inviting a supplier to quote", () => {
  it("emails the supplier's people at once and gives an unmatched supplier the request, marked invited", async () => {
    const request = await publishMatchedRequest(t, buyer, { title: "Cần 5.000 vỏ nhựa ABS cho ổ cắm" });
    const matches = (await get(buyer, `/v1/requests/${request.id}/matches?includeNearMisses=true`)).json();
    expect(matches.items.map((m: { supplier: { id: string } }) => m.supplier.id)).not.toContain(
      cartonMaker.profileId,
    );
    // Before the invitation the carton maker has no part in the request.
    expect((await attachmentsOf(t, cartonMaker, request.id)).statusCode).toBe(404);

    const invited = await invite(request.id, cartonMaker.profileId);
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json()).toMatchObject({
      requestId: request.id,
      supplier: { id: cartonMaker.profileId, legalName: "Công ty TNHH Bao Bì Phú Thịnh" },
      matched: false,
      state: "invited",
      seenAt: null,
    });

    const email = await t.smtp.waitFor(cartonMaker.email, { predicate: isInvitation });
    expect(email.subject).toContain("Cần 5.000 vỏ nhựa ABS cho ổ cắm");
    expect(email.text).toContain(`http://ketnoi.test/supplier/requests/${request.id}`);
    // Its unsubscribe link turns request alerts off (scope `a`), the setting that lets invitations out.
    expect(email.text).toMatch(/unsubscribe\?token=a\./);

    const inbox = (await get(cartonMaker, `/v1/suppliers/${cartonMaker.profileId}/matches`)).json();
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({
      request: { id: request.id, status: "open" },
      verdict: "invited",
      invitedAt: invited.json().invitedAt,
      state: "new",
      reasons: [],
    });
    const single = await get(cartonMaker, `/v1/suppliers/${cartonMaker.profileId}/matches/${request.id}`);
    expect(single.statusCode, single.body).toBe(200);

    // The same access as a matched supplier: the request's files, opening it, quoting.
    const drawing = (await upload(t, buyer, request.id, "request", "ban-ve.pdf", sampleFiles.pdf())).json();
    const files = (await attachmentsOf(t, cartonMaker, request.id)).json().items as { id: string }[];
    expect(files.map((file) => file.id)).toContain(drawing.id);
    const seen = await t.app.inject({
      method: "PUT",
      url: `/v1/suppliers/${cartonMaker.profileId}/matches/${request.id}/seen`,
      headers: bearer(cartonMaker.accessToken),
    });
    expect(seen.statusCode, seen.body).toBe(204);
    const afterSeen = (await get(buyer, `/v1/requests/${request.id}/invitations`)).json();
    expect(afterSeen.items[0]).toMatchObject({ state: "seen", seenAt: expect.any(String) });

    const quote = await putQuote(t, cartonMaker, request.id, validQuote());
    expect(quote.statusCode, quote.body).toBe(201);
    const afterQuote = (await get(buyer, `/v1/requests/${request.id}/invitations`)).json();
    expect(afterQuote.items[0]).toMatchObject({ supplier: { id: cartonMaker.profileId }, state: "quoted" });
  });

  it("answers a repeat invitation with the same invitation and sends no second email", async () => {
    const request = await publishMatchedRequest(t, buyer, { title: "Cần 2.000 nắp nhựa PP" });
    const first = await invite(request.id, moulder.profileId);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ matched: true });
    await t.smtp.waitFor(moulder.email, {
      predicate: (m) => isInvitation(m) && m.subject.includes("nắp nhựa PP"),
    });

    // Another key: a second click, not a retry. Same invitation, 200, nothing sent.
    const again = await invite(request.id, moulder.profileId);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual(first.json());
    // The same key: the stored answer is replayed.
    const key = randomUUID();
    const keyed = await invite(request.id, moulder.profileId, key);
    const replayed = await invite(request.id, moulder.profileId, key);
    expect(replayed.headers["idempotent-replayed"]).toBe("true");
    expect(replayed.body).toBe(keyed.body);

    // Give a second email time to arrive if one were sent.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sent = t.smtp.messages.filter(
      (m) =>
        m.to.includes(moulder.email.toLowerCase()) && isInvitation(m) && m.subject.includes("nắp nhựa PP"),
    );
    expect(sent).toHaveLength(1);
    const listed = (await get(buyer, `/v1/requests/${request.id}/invitations`)).json();
    expect(listed.items).toHaveLength(1);
  });
});
