// Who reaches a request's threads: only its buyer and the suppliers taking part, each supplier its own thread; a
// hidden request is out of reach for suppliers; another buyer gets 404 as for a request that does not exist.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { sampleFiles, upload } from "../helpers/attachments.js";
import {
  award,
  mouldingSupplier,
  publishMatchedRequest,
  quoted,
  type SupplierAccount,
} from "../helpers/marketplace.js";
import { listThreads, postMessage, readThread } from "../helpers/messages.js";
import { platformAdmin } from "../helpers/onboarding.js";
import { expectProblem } from "../helpers/problems.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyer: RegisteredAccount;
let otherBuyer: RegisteredAccount;
let daiViet: SupplierAccount;
let binhAn: SupplierAccount;
let carton: SupplierAccount;
let requestId: string;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyer = await verifiedSupplier(t, ["buyer"]);
  otherBuyer = await verifiedSupplier(t, ["buyer"]);
  daiViet = await mouldingSupplier(t, "Công ty TNHH Nhựa Đại Việt");
  binhAn = await mouldingSupplier(t, "Công ty TNHH Nhựa Bình An");
  carton = await mouldingSupplier(t, "Công ty TNHH Bao Bì Cà Mau", {
    descriptionVi: "Thùng carton 5 lớp",
    categories: ["packaging.corrugated-cartons"],
    materials: [],
  });
  await t.searchSynced(30_000);
  requestId = (await publishMatchedRequest(t, buyer)).id;
  const asked = await postMessage(t, daiViet, requestId, daiViet.profileId, {
    body: "Câu hỏi riêng của Đại Việt",
  });
  expect(asked.statusCode, asked.body).toBe(201);
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe("who reaches a request's threads", () => {
  it("turns away anonymous callers with 401", async () => {
    expectProblem(await t.app.inject({ method: "GET", url: `/v1/requests/${requestId}/threads` }), 401);
    expectProblem(
      await t.app.inject({
        method: "POST",
        url: `/v1/requests/${requestId}/threads/${daiViet.profileId}/messages`,
        payload: { body: "x" },
      }),
      401,
    );
  });

  it("answers another buyer and a supplier the request does not concern with 404", async () => {
    for (const outsider of [otherBuyer, carton]) {
      expectProblem(await listThreads(t, outsider, requestId), 404, "not_found");
      expectProblem(await readThread(t, outsider, requestId, daiViet.profileId), 404, "not_found");
      expectProblem(
        await postMessage(t, outsider, requestId, daiViet.profileId, { body: "Xin chào" }),
        404,
        "not_found",
      );
    }
  });

  it("keeps one supplier out of another supplier's thread, reading or writing", async () => {
    const read = await readThread(t, binhAn, requestId, daiViet.profileId);
    expectProblem(read, 404, "not_found");
    expect(read.body).not.toContain("Câu hỏi riêng");
    expectProblem(await postMessage(t, binhAn, requestId, daiViet.profileId, { body: "Xin chào" }), 404);
    const own = (await listThreads(t, binhAn, requestId)).json();
    expect(own.items).toEqual([]);
  });

  it("refuses the buyer a thread with a supplier that takes no part", async () => {
    expectProblem(await readThread(t, buyer, requestId, carton.profileId), 404, "not_found");
    expectProblem(await postMessage(t, buyer, requestId, carton.profileId, { body: "Chào" }), 404);
  });

  it("refuses a supplier sending a file another organisation uploaded, and an answer to all", async () => {
    const buyersFile = await upload(t, buyer, requestId, "message", "ban-ve.pdf", sampleFiles.pdf());
    expect(buyersFile.statusCode, buyersFile.body).toBe(201);
    const stolen = await postMessage(t, daiViet, requestId, daiViet.profileId, {
      body: "Gửi lại tệp",
      attachmentIds: [buyersFile.json().id],
    });
    expectProblem(stolen, 400, "validation_failed");
    expect(stolen.json().errors[0].field).toBe("body.attachmentIds");
    const toAll = await postMessage(t, daiViet, requestId, daiViet.profileId, {
      body: "Hỏi",
      answerToAll: true,
    });
    expectProblem(toAll, 400, "validation_failed");
    expect(toAll.json().errors[0].field).toBe("body.answerToAll");
  });

  it("rejects a blank message or control characters, naming the field", async () => {
    for (const body of ["   ", "Xin chào\u0007"]) {
      const response = await postMessage(t, daiViet, requestId, daiViet.profileId, { body });
      expectProblem(response, 400, "validation_failed");
      expect(response.json().errors[0].field).toBe("body.body");
    }
  });

  it("after the award keeps the winner's thread open and closes the others' (the buyer still reads them)", async () => {
    const awardedId = (await publishMatchedRequest(t, buyer, { title: "Vỏ nhựa ABS, sẽ được trao" })).id;
    const winning = await quoted(t, daiViet, awardedId);
    await quoted(t, binhAn, awardedId);
    for (const supplier of [daiViet, binhAn]) {
      const asked = await postMessage(t, supplier, awardedId, supplier.profileId, {
        body: "Hỏi trước khi trao",
      });
      expect(asked.statusCode, asked.body).toBe(201);
    }
    expect((await award(t, buyer, awardedId, winning.id)).statusCode).toBe(200);

    const winner = await readThread(t, daiViet, awardedId, daiViet.profileId);
    expect(winner.statusCode, winner.body).toBe(200);
    expect(winner.json().canPost).toBe(true);
    expect(
      (await postMessage(t, daiViet, awardedId, daiViet.profileId, { body: "Cảm ơn, xin liên hệ" }))
        .statusCode,
    ).toBe(201);
    expectProblem(await readThread(t, binhAn, awardedId, binhAn.profileId), 404);
    expectProblem(await postMessage(t, binhAn, awardedId, binhAn.profileId, { body: "Còn cơ hội?" }), 404);
    const loserAsBuyerSees = await readThread(t, buyer, awardedId, binhAn.profileId);
    expect(loserAsBuyerSees.statusCode, loserAsBuyerSees.body).toBe(200);
    expect(loserAsBuyerSees.json()).toMatchObject({
      canPost: false,
      messages: [{ body: "Hỏi trước khi trao" }],
    });
    expectProblem(await postMessage(t, buyer, awardedId, binhAn.profileId, { body: "Xin lỗi" }), 409);
  });

  it("takes a hidden request's threads out of the suppliers' reach", async () => {
    const hiddenId = (await publishMatchedRequest(t, buyer, { title: "Vỏ nhựa ABS, sẽ bị ẩn" })).id;
    expect(
      (await postMessage(t, daiViet, hiddenId, daiViet.profileId, { body: "Hỏi trước" })).statusCode,
    ).toBe(201);
    const admin = await platformAdmin(t);
    const hidden = await t.app.inject({
      method: "POST",
      url: `/v1/admin/requests/${hiddenId}/moderation`,
      headers: bearer(admin.accessToken),
      payload: { action: "hide", reason: "Yêu cầu quảng cáo, không phải mua hàng" },
    });
    expect(hidden.statusCode, hidden.body).toBe(200);
    expectProblem(await readThread(t, daiViet, hiddenId, daiViet.profileId), 404);
    expectProblem(await postMessage(t, daiViet, hiddenId, daiViet.profileId, { body: "Còn đó không?" }), 404);
    // The buyer still reads what was said.
    expect((await readThread(t, buyer, hiddenId, daiViet.profileId)).json().messages).toHaveLength(1);
  });
});
