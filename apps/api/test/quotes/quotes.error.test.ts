import { requestResponseRepository, sourcingRequestRepository } from "@ketnoi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegisteredAccount } from "../helpers/accounts.js";
import {
  award,
  decline,
  mouldingSupplier,
  publishMatchedRequest,
  putQuote,
  quoted,
  type SupplierAccount,
  validQuote,
} from "../helpers/marketplace.js";
import { expectProblem, problemFields } from "../helpers/problems.js";
import { patchRequest } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyer: RegisteredAccount;
let moulder: SupplierAccount;
/** Makes cartons in VSIP: never matched to a moulding request. */
let cartonMaker: SupplierAccount;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyer = await verifiedSupplier(t, ["buyer"]);
  moulder = await mouldingSupplier(t, "Công ty TNHH Nhựa Hưng Thịnh");
  cartonMaker = await mouldingSupplier(t, "Công ty TNHH Bao Bì Hòa Bình", {
    descriptionVi: "Thùng carton 5 lớp",
    categories: ["packaging.corrugated-cartons"],
    materials: [],
  });
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

const storedResponses = async (requestId: string) =>
  requestResponseRepository.listResponsesForRequest(t.deps.database.db, requestId, {
    shortlistedOnly: false,
  });

describe("bad quotes", () => {
  it("names every wrong field and stores nothing", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const response = await putQuote(t, moulder, request.id, {
      unitPrice: { amount: 0, currency: "EURO" },
      leadTimeDays: 0,
      validUntil: "31/12/2026",
      moq: { value: -5, unit: "pieces" },
    });
    const problem = expectProblem(response, 400, "validation_failed");
    expect(problemFields(problem).sort()).toEqual([
      "body.leadTimeDays",
      "body.moq.value",
      "body.unitPrice.amount",
      "body.unitPrice.currency",
      "body.validUntil",
    ]);
    expect(await storedResponses(request.id)).toEqual([]);
  });

  it("refuses a price that is no longer valid today", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const response = await putQuote(t, moulder, request.id, validQuote({ validUntil: "2020-01-01" }));
    expect(problemFields(expectProblem(response, 400, "validation_failed"))).toEqual(["body.validUntil"]);
    expect(await storedResponses(request.id)).toEqual([]);
  });

  it("refuses a message with a NUL byte or a direction override, naming the field, and stores nothing", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const nul = await putQuote(t, moulder, request.id, validQuote({ message: "Giá tốt\u0000" }));
    expect(expectProblem(nul, 400, "validation_failed").errors).toEqual([
      expect.objectContaining({ field: "body.message", code: "text_control_character" }),
    ]);
    const reversed = await putQuote(t, moulder, request.id, validQuote({ message: "Đơn giá \u202e00.1$" }));
    expect(expectProblem(reversed, 400, "validation_failed").errors).toEqual([
      expect.objectContaining({ field: "body.message", code: "text_bidi_control" }),
    ]);
    const note = await decline(t, moulder, request.id, { reason: "other", note: "bận\u0000" });
    expect(problemFields(expectProblem(note, 400, "validation_failed"))).toEqual(["body.note"]);
    expect(await storedResponses(request.id)).toEqual([]);
  });

  it("refuses an unknown decline reason", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const response = await decline(t, moulder, request.id, { reason: "busy" });
    expect(problemFields(expectProblem(response, 400, "validation_failed"))).toEqual(["body.reason"]);
  });
});

describe("quotes that are not allowed", () => {
  it("refuses a quote from a supplier the request was not matched to", async () => {
    const request = await publishMatchedRequest(t, buyer);
    expectProblem(await putQuote(t, cartonMaker, request.id, validQuote()), 403, "forbidden");
    expectProblem(await decline(t, cartonMaker, request.id, { reason: "cannot_make" }), 403, "forbidden");
    expect(await storedResponses(request.id)).toEqual([]);
  });

  it("refuses a quote, a revision or a decline after the quote deadline, keeping the quote as it was", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const before = await quoted(t, moulder, request.id);
    const shift = new Date(request.quoteDeadline).getTime() - Date.now() + 60_000;
    t.advanceClock(shift);
    try {
      const late = await putQuote(
        t,
        moulder,
        request.id,
        validQuote({ unitPrice: { amount: 1, currency: "VND" } }),
      );
      expect(expectProblem(late, 409, "conflict").detail).toBe("The quote deadline has passed");
      expectProblem(await decline(t, moulder, request.id, { reason: "other" }), 409, "conflict");
    } finally {
      t.advanceClock(-shift);
    }
    const [stored] = await storedResponses(request.id);
    expect(stored?.response).toMatchObject({
      id: before.id,
      revision: 1,
      unitPriceAmount: 12_500,
      kind: "quote",
    });
  });

  it("refuses quotes on a request the buyer closed", async () => {
    const request = await publishMatchedRequest(t, buyer);
    expect((await patchRequest(t, buyer, request.id, { status: "closed" })).statusCode).toBe(200);
    const response = await putQuote(t, moulder, request.id, validQuote());
    expect(expectProblem(response, 409, "conflict").detail).toBe(
      "The request is closed and no longer takes answers",
    );
  });

  it("refuses a quote from a buyer organisation without a supplier profile", async () => {
    const request = await publishMatchedRequest(t, buyer);
    expectProblem(await putQuote(t, buyer, request.id, validQuote()), 403, "forbidden");
  });
});

describe("awards that are not allowed", () => {
  it("refuses a quote id of another request, and awards nothing", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const other = await publishMatchedRequest(t, buyer);
    const quote = await quoted(t, moulder, other.id);
    const response = await award(t, buyer, request.id, quote.id);
    expect(problemFields(expectProblem(response, 400, "validation_failed"))).toEqual(["body.responseId"]);
    const stored = await sourcingRequestRepository.findSourcingRequestById(t.deps.database.db, request.id);
    expect(stored?.status).toBe("open");
    expect((await storedResponses(other.id))[0]?.response.outcome).toBe("pending");
  });

  it("refuses to award a decline", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const declined = await decline(t, moulder, request.id, { reason: "too_far" });
    const response = await award(t, buyer, request.id, declined.json().id);
    expect(problemFields(expectProblem(response, 400, "validation_failed"))).toEqual(["body.responseId"]);
  });

  it("refuses to award twice or to award a closed request", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const quote = await quoted(t, moulder, request.id);
    expect((await award(t, buyer, request.id, quote.id)).statusCode).toBe(200);
    expectProblem(await award(t, buyer, request.id, quote.id), 409, "conflict");

    const closed = await publishMatchedRequest(t, buyer);
    const closedQuote = await quoted(t, moulder, closed.id);
    expect((await patchRequest(t, buyer, closed.id, { status: "closed" })).statusCode).toBe(200);
    expectProblem(await award(t, buyer, closed.id, closedQuote.id), 409, "conflict");
    expect((await storedResponses(closed.id))[0]?.response.outcome).toBe("pending");
  });

  it("awards an expired request within the grace period, as the buyer was still comparing", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const quote = await quoted(t, moulder, request.id);
    // As the expiry job would at the deadline.
    const expired = await sourcingRequestRepository.expireSourcingRequest(
      t.deps.database.db,
      request.id,
      1,
      new Date(new Date(request.quoteDeadline).getTime() + 1000),
    );
    expect(expired).toBe(true);
    const response = await award(t, buyer, request.id, quote.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().status).toBe("awarded");
  });
});
