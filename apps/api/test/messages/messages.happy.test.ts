// Clarifying threads between a request's buyer and its suppliers: a supplier asks, the buyer answers one supplier
// or all of them without naming who asked, unread counts per side, files carried by a message, idempotent posts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { attachmentsOf, sampleFiles, upload } from "../helpers/attachments.js";
import {
  mouldingSupplier,
  publishMatchedRequest,
  quoted,
  type SupplierAccount,
} from "../helpers/marketplace.js";
import { listThreads, postMessage, readThread } from "../helpers/messages.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyer: RegisteredAccount;
let daiViet: SupplierAccount;
let binhAn: SupplierAccount;
let longAn: SupplierAccount;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyer = await verifiedSupplier(t, ["buyer"]);
  daiViet = await mouldingSupplier(t, "Công ty TNHH Nhựa Đại Việt");
  binhAn = await mouldingSupplier(t, "Công ty TNHH Nhựa Bình An");
  longAn = await mouldingSupplier(t, "Công ty TNHH Nhựa Long An");
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function unreadInList(account: RegisteredAccount, requestId: string): Promise<number> {
  const list = await t.app.inject({
    method: "GET",
    url: "/v1/requests",
    headers: bearer(account.accessToken),
  });
  expect(list.statusCode, list.body).toBe(200);
  const item = list.json().items.find((r: { id: string }) => r.id === requestId);
  return item.activity.unreadMessages;
}

async function unreadInSupplierList(account: SupplierAccount, requestId: string): Promise<number> {
  const list = await t.app.inject({
    method: "GET",
    url: `/v1/suppliers/${account.profileId}/matches`,
    headers: bearer(account.accessToken),
  });
  expect(list.statusCode, list.body).toBe(200);
  const item = list.json().items.find((r: { request: { id: string } }) => r.request.id === requestId);
  return item.unreadMessages;
}

describe("a supplier's question and the buyer's answer", () => {
  it("counts the question unread for the buyer until the buyer reads the thread, and the answer for the supplier", async () => {
    const request = await publishMatchedRequest(t, buyer, { title: "Vỏ nhựa ABS, hỏi đáp một" });
    const asked = await postMessage(t, daiViet, request.id, daiViet.profileId, {
      body: "Bản vẽ có dung sai ±0,05 mm không?",
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({
      message: { from: "supplier", body: "Bản vẽ có dung sai ±0,05 mm không?", answerToAll: false },
      threads: 1,
    });

    expect(await unreadInList(buyer, request.id)).toBe(1);
    const threads = (await listThreads(t, buyer, request.id)).json();
    expect(threads.unread).toBe(1);
    expect(threads.items).toEqual([
      expect.objectContaining({
        supplier: { id: daiViet.profileId, name: "Công ty TNHH Nhựa Đại Việt" },
        messages: 1,
        unread: 1,
      }),
    ]);
    // Its own question is nothing unread for the supplier.
    expect(await unreadInSupplierList(daiViet, request.id)).toBe(0);

    const read = await readThread(t, buyer, request.id, daiViet.profileId);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().canPost).toBe(true);
    expect(read.json().messages.map((m: { body: string }) => m.body)).toEqual([
      "Bản vẽ có dung sai ±0,05 mm không?",
    ]);
    expect(await unreadInList(buyer, request.id)).toBe(0);

    const answered = await postMessage(t, buyer, request.id, daiViet.profileId, {
      body: "Có, dung sai ±0,05 mm ở các lỗ lắp.",
    });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(await unreadInSupplierList(daiViet, request.id)).toBe(1);
    const supplierView = (await readThread(t, daiViet, request.id, daiViet.profileId)).json();
    expect(supplierView.messages.map((m: { from: string }) => m.from)).toEqual(["supplier", "buyer"]);
    expect(await unreadInSupplierList(daiViet, request.id)).toBe(0);
    // The buyer's own answer is nothing unread for the buyer.
    expect(await unreadInList(buyer, request.id)).toBe(0);
  });

  it("answers to all: every taking-part supplier gets the answer in its own thread, and none learns who asked", async () => {
    const request = await publishMatchedRequest(t, buyer, { title: "Vỏ nhựa ABS, hỏi đáp hai" });
    await quoted(t, binhAn, request.id);
    const question = "Có cần in logo lên vỏ không? (Đại Việt hỏi)";
    expect(
      (await postMessage(t, daiViet, request.id, daiViet.profileId, { body: question })).statusCode,
    ).toBe(201);
    const answer = await postMessage(t, buyer, request.id, daiViet.profileId, {
      body: "Có, in lụa một màu ở mặt trước.",
      answerToAll: true,
    });
    expect(answer.statusCode, answer.body).toBe(201);
    // Đại Việt (asked), Bình An (quoted) and Long An (matched).
    expect(answer.json().threads).toBe(3);

    for (const other of [binhAn, longAn]) {
      const thread = await readThread(t, other, request.id, other.profileId);
      expect(thread.statusCode, thread.body).toBe(200);
      expect(thread.json().messages).toEqual([
        expect.objectContaining({
          from: "buyer",
          body: "Có, in lụa một màu ở mặt trước.",
          answerToAll: true,
        }),
      ]);
      // Nothing in what the other supplier reads names the asker or repeats the question.
      expect(thread.body).not.toContain("Đại Việt");
      expect(thread.body).not.toContain(daiViet.profileId);
      expect(thread.body).not.toContain("logo");
    }
    const asker = (await readThread(t, daiViet, request.id, daiViet.profileId)).json();
    expect(
      asker.messages.map((m: { body: string; answerToAll: boolean }) => [m.body, m.answerToAll]),
    ).toEqual([
      [question, false],
      ["Có, in lụa một màu ở mặt trước.", true],
    ]);
    const threads = (await listThreads(t, buyer, request.id)).json();
    expect(threads.items.map((item: { supplier: { id: string } }) => item.supplier.id).sort()).toEqual(
      [daiViet.profileId, binhAn.profileId, longAn.profileId].sort(),
    );
  });

  it("sends a file with a message: the other side can download it, other suppliers cannot see it", async () => {
    const request = await publishMatchedRequest(t, buyer, { title: "Vỏ nhựa ABS, hỏi đáp ba" });
    const file = await upload(t, buyer, request.id, "message", "dung-sai.pdf", sampleFiles.pdf());
    expect(file.statusCode, file.body).toBe(201);
    const sent = await postMessage(t, buyer, request.id, binhAn.profileId, {
      body: "Bản vẽ dung sai đính kèm.",
      attachmentIds: [file.json().id],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().message.attachments.map((a: { fileName: string }) => a.fileName)).toEqual([
      "dung-sai.pdf",
    ]);
    const seen = (await readThread(t, binhAn, request.id, binhAn.profileId)).json();
    const [carried] = seen.messages[0].attachments;
    expect(carried.fileName).toBe("dung-sai.pdf");
    const download = await t.app.inject({ method: "GET", url: carried.download.url });
    expect(download.statusCode).toBe(200);
    expect(
      (await attachmentsOf(t, binhAn, request.id)).json().items.map((a: { id: string }) => a.id),
    ).toContain(file.json().id);
    expect(
      (await attachmentsOf(t, longAn, request.id)).json().items.map((a: { id: string }) => a.id),
    ).not.toContain(file.json().id);
  });

  it("posts once when the same Idempotency-Key is sent twice", async () => {
    const request = await publishMatchedRequest(t, buyer, { title: "Vỏ nhựa ABS, hỏi đáp bốn" });
    const key = crypto.randomUUID();
    const body = { body: "Giao hàng theo lô được không?" };
    const first = await postMessage(t, longAn, request.id, longAn.profileId, body, key);
    const again = await postMessage(t, longAn, request.id, longAn.profileId, body, key);
    expect(first.statusCode, first.body).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json().message.id).toBe(first.json().message.id);
    const thread = (await readThread(t, buyer, request.id, longAn.profileId)).json();
    expect(thread.messages).toHaveLength(1);
  });
});
