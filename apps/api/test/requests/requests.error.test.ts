import { hcmcDate } from "@ketnoi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectProblem, problemFields } from "../helpers/problems.js";
import {
  createRequest,
  getRequest,
  patchRequest,
  postRequest,
  requestBody,
  requestCount,
} from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const day = 86_400_000;
const verifiedBuyer = () => verifiedSupplier(t, ["buyer"]);

describe("rejecting bad requests, naming the field, writing nothing", () => {
  it.each([
    ["a zero quantity", { quantity: { value: 0, unit: "pieces" } }, "body.quantity.value"],
    ["a negative quantity", { quantity: { value: -10, unit: "pieces" } }, "body.quantity.value"],
    ["a needed-by date in the past", { neededBy: hcmcDate(new Date(Date.now() - 2 * day)) }, "body.neededBy"],
    [
      "a quote deadline after the needed-by date",
      {
        neededBy: hcmcDate(new Date(Date.now() + 5 * day)),
        quoteDeadline: new Date(Date.now() + 9 * day).toISOString(),
      },
      "body.quoteDeadline",
    ],
    [
      "a quote deadline in the past",
      { quoteDeadline: new Date(Date.now() - day).toISOString() },
      "body.quoteDeadline",
    ],
    ["an unknown category", { categories: ["packaging.spaceships"] }, "body.categories.0"],
    ["an unknown certification", { requiredCertifications: ["iso-99999"] }, "body.requiredCertifications.0"],
    ["an unknown zone", { delivery: { zoneId: "kcn-atlantis" } }, "body.delivery.zoneId"],
    [
      "coordinates outside Vietnam",
      { delivery: { province: "TP.HCM", lat: 1.3, lng: 103.8 } },
      "body.delivery.lat",
    ],
    ["a recurring request without a monthly volume", { recurrence: "recurring" }, "body.monthlyVolume"],
  ])("rejects %s", async (_label, overrides, field) => {
    const buyer = await verifiedBuyer();
    const response = await postRequest(t, buyer, requestBody({ ...overrides, publish: true }));
    const problem = expectProblem(response, 400, "validation_failed");
    expect(problemFields(problem)).toEqual([field]);
    expect(await requestCount(t, buyer)).toBe(0);
  });

  it.each([
    [
      "a NUL byte in the description",
      { description: "Thùng carton\u0000 5 lớp" },
      "body.description",
      "text_control_character",
    ],
    [
      "an escape character in the specification",
      { specification: { text: "in 2 màu\u001b[31m" } },
      "body.specification.text",
      "text_control_character",
    ],
    [
      "a right-to-left override in the title",
      { title: "Cần 20.000 thùng \u202egpj.exe" },
      "body.title",
      "text_bidi_control",
    ],
    [
      "a line break in the title",
      { title: "Cần 20.000 thùng\ncarton 5 lớp" },
      "body.title",
      "text_line_break",
    ],
    [
      "a noncharacter in the description",
      { description: "carton \ufdd0 5 lớp" },
      "body.description",
      "text_invalid_unicode",
    ],
  ])("rejects %s with 400 naming the field, and stores nothing", async (_label, overrides, field, code) => {
    const buyer = await verifiedBuyer();
    const response = await postRequest(t, buyer, requestBody({ ...overrides, publish: true }));
    const problem = expectProblem(response, 400, "validation_failed");
    expect(problem.errors).toEqual([expect.objectContaining({ field, code })]);
    expect(await requestCount(t, buyer)).toBe(0);
  });

  it("rejects reference links that are not http(s), on create and on change", async () => {
    const buyer = await verifiedBuyer();
    for (const link of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "file:///etc/passwd",
    ]) {
      const response = await postRequest(t, buyer, requestBody({ referenceLinks: [link] }));
      expect(problemFields(expectProblem(response, 400, "validation_failed")), link).toEqual([
        "body.referenceLinks.0",
      ]);
    }
    expect(await requestCount(t, buyer)).toBe(0);
    const draft = await createRequest(
      t,
      buyer,
      requestBody({ referenceLinks: ["https://example.vn/drawing.pdf"] }),
    );
    const changed = await patchRequest(t, buyer, draft.id, { referenceLinks: ["javascript:alert(1)"] });
    expect(problemFields(expectProblem(changed, 400, "validation_failed"))).toEqual([
      "body.referenceLinks.0",
    ]);
    expect((await getRequest(t, buyer, draft.id)).json().referenceLinks).toEqual([
      "https://example.vn/drawing.pdf",
    ]);
  });

  it("keeps tabs and line breaks in the description, stored with LF line ends", async () => {
    const buyer = await verifiedBuyer();
    const created = await createRequest(
      t,
      buyer,
      requestBody({ description: "Yêu cầu:\r\n- in 2 màu\r\n-\tgiao tại VSIP" }),
    );
    expect(created.description).toBe("Yêu cầu:\n- in 2 màu\n-\tgiao tại VSIP");
  });

  it("refuses to publish without categories when none can be inferred", async () => {
    const buyer = await verifiedBuyer();
    const response = await postRequest(
      t,
      buyer,
      requestBody({
        title: "Cần báo giá gấp",
        description: "Liên hệ để biết thêm",
        categories: [],
        publish: true,
      }),
    );
    const problem = expectProblem(response, 400, "validation_failed");
    expect(problem.errors).toEqual([
      { field: "body.categories", message: "could not infer a category; choose at least one" },
    ]);
    expect(await requestCount(t, buyer)).toBe(0);
  });

  it("keeps such a request as a draft, but will not publish it until a category is chosen", async () => {
    const buyer = await verifiedBuyer();
    const draft = await createRequest(
      t,
      buyer,
      requestBody({ title: "Cần báo giá gấp", description: "", categories: [] }),
    );
    const refused = expectProblem(
      await patchRequest(t, buyer, draft.id, { status: "open" }),
      400,
      "validation_failed",
    );
    expect(problemFields(refused)).toEqual(["body.categories"]);
    expect((await getRequest(t, buyer, draft.id)).json()).toMatchObject({ status: "draft", version: 1 });
  });
});

describe("changes the lifecycle does not allow (409 conflict)", () => {
  it.each([
    ["a draft closed without being published", "draft", { status: "closed" }, "body.status"],
    ["a closed request reopened", "closed", { status: "open" }, "body.status"],
    ["a cancelled request edited", "cancelled", { description: "Thêm chi tiết" }, "body.description"],
    ["an open request's quantity", "open", { quantity: { value: 1, unit: "cartons" } }, "body.quantity"],
    ["an open request's categories emptied", "open", { categories: [] }, "body.categories"],
  ])("refuses %s, and changes nothing", async (_label, status, patch, field) => {
    const buyer = await verifiedBuyer();
    const created = await createRequest(t, buyer, requestBody({ publish: status !== "draft" }));
    if (status === "closed" || status === "cancelled") {
      expect((await patchRequest(t, buyer, created.id, { status })).statusCode).toBe(200);
    }
    const before = (await getRequest(t, buyer, created.id)).json();
    const problem = expectProblem(await patchRequest(t, buyer, created.id, patch), 409, "conflict");
    expect(problemFields(problem)).toEqual([field]);
    expect((await getRequest(t, buyer, created.id)).json()).toEqual(before);
  });
});
