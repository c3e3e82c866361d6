// The award opens the contact exchange: the buyer and the winner see each other's contact, the winner keeps
// the request, its files and its thread; the others learn the outcome and the buyer's reason, and nothing more.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { attachmentsOf, sampleFiles, upload } from "../helpers/attachments.js";
import {
  mouldingSupplier,
  publishMatchedRequest,
  quoted,
  type SupplierAccount,
} from "../helpers/marketplace.js";
import { optInToImmediateNotifications } from "../helpers/notifications.js";
import { expectProblem } from "../helpers/problems.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyer: RegisteredAccount;
let winner: SupplierAccount;
let loser: SupplierAccount;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyer = await verifiedSupplier(t, ["buyer"]);
  winner = await mouldingSupplier(t, "Công ty TNHH Nhựa Thắng Lợi", {
    contact: { name: "Chị Lan", email: "lan@thangloi.example", phone: "0901234567" },
  });
  loser = await mouldingSupplier(t, "Công ty TNHH Nhựa Về Nhì", {
    contact: { name: "Anh Hùng", email: "hung@venhi.example", phone: "0907654321" },
  });
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

const get = (account: RegisteredAccount, url: string) =>
  t.app.inject({ method: "GET", url, headers: bearer(account.accessToken) });

describe("the award", () => {
  it("exchanges contacts at the award and not before, keeps the winner's access and tells the others why", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const winning = await quoted(t, winner, request.id);
    await quoted(t, loser, request.id);
    const drawing = (await upload(t, buyer, request.id, "request", "drawing.pdf", sampleFiles.pdf())).json();

    // Before: no contact for anyone.
    expectProblem(await get(buyer, `/v1/requests/${request.id}/award`), 409, "conflict");
    expectProblem(await get(winner, `/v1/requests/${request.id}/award`), 409, "conflict");
    expect((await get(winner, `/v1/requests/${request.id}`)).body).not.toContain(buyer.email);

    const awarded = await t.app.inject({
      method: "POST",
      url: `/v1/requests/${request.id}/award`,
      headers: bearer(buyer.accessToken),
      payload: { responseId: winning.id, reason: "Giao hàng nhanh hơn, có ISO 9001" },
    });
    expect(awarded.statusCode, awarded.body).toBe(200);

    const seenByBuyer = await get(buyer, `/v1/requests/${request.id}/award`);
    expect(seenByBuyer.statusCode).toBe(200);
    expect(seenByBuyer.json()).toMatchObject({
      responseId: winning.id,
      reason: "Giao hàng nhanh hơn, có ISO 9001",
      winner: {
        supplierId: winner.profileId,
        contact: { name: "Chị Lan", email: "lan@thangloi.example", phone: "0901234567" },
      },
      buyer: { contact: { email: buyer.email } },
    });
    const seenByWinner = await get(winner, `/v1/requests/${request.id}/award`);
    expect(seenByWinner.statusCode).toBe(200);
    expect(seenByWinner.json()).toMatchObject({ buyer: { contact: { email: buyer.email } } });

    // The winner keeps the request and its files.
    expect((await get(winner, `/v1/requests/${request.id}`)).statusCode).toBe(200);
    const files = (await attachmentsOf(t, winner, request.id)).json().items as { id: string }[];
    expect(files.map((f) => f.id)).toContain(drawing.id);

    // The others: the outcome and the reason in their own quote, and no contact, request or files.
    const own = await get(loser, `/v1/requests/${request.id}/quote`);
    expect(own.json()).toMatchObject({
      outcome: "not_awarded",
      awardReason: "Giao hàng nhanh hơn, có ISO 9001",
    });
    expect(own.body).not.toContain(buyer.email);
    expect(own.body).not.toContain("lan@thangloi.example");
    expectProblem(await get(loser, `/v1/requests/${request.id}/award`), 404, "not_found");
    expectProblem(await get(loser, `/v1/requests/${request.id}`), 404, "not_found");
    expectProblem(await attachmentsOf(t, loser, request.id), 404, "not_found");
  });

  it("emails the others the buyer's reason and the winner where the buyer's contact is, never the reason", async () => {
    const request = await publishMatchedRequest(t, buyer, { title: "Cần 3.000 vỏ hộp nhựa PP" });
    await optInToImmediateNotifications(t, winner.accessToken);
    await optInToImmediateNotifications(t, loser.accessToken);
    const winning = await quoted(t, winner, request.id);
    await quoted(t, loser, request.id);
    const awarded = await t.app.inject({
      method: "POST",
      url: `/v1/requests/${request.id}/award`,
      headers: bearer(buyer.accessToken),
      payload: { responseId: winning.id, reason: "Giá tốt hơn <b>và</b> giao trong 10 ngày" },
    });
    expect(awarded.statusCode, awarded.body).toBe(200);

    // The outcome emails, not the alerts that told the suppliers of the request.
    const outcome = (m: { subject: string }) =>
      m.subject.includes("vỏ hộp nhựa PP") && /đã được (trao|chọn)/.test(m.subject);
    const toLoser = await t.smtp.waitFor(loser.email, { predicate: outcome });
    expect(toLoser.text).toContain("Giá tốt hơn <b>và</b> giao trong 10 ngày");
    // The buyer's words are text: escaped in the HTML part, never markup.
    expect(toLoser.html).toContain("Giá tốt hơn &lt;b&gt;và&lt;/b&gt; giao trong 10 ngày");
    expect(toLoser.text).not.toContain(winner.email);

    const toWinner = await t.smtp.waitFor(winner.email, { predicate: outcome });
    expect(toWinner.text).not.toContain("Giá tốt hơn");
    expect(toWinner.text).toMatch(/liên hệ của bên mua|buyer's contact/);
    expect(toWinner.text).toContain(`/supplier/requests/${request.id}`);
  });

  it("refuses a reason with control characters, naming body.reason", async () => {
    const request = await publishMatchedRequest(t, buyer, { title: "Cần 1.000 nắp nhựa ABS" });
    const quote = await quoted(t, winner, request.id);
    const response = await t.app.inject({
      method: "POST",
      url: `/v1/requests/${request.id}/award`,
      headers: bearer(buyer.accessToken),
      payload: { responseId: quote.id, reason: "ok\u0000" },
    });
    expect(expectProblem(response, 400).errors?.[0]?.field).toBe("body.reason");
  });
});
