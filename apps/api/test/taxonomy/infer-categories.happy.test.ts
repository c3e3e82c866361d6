// POST /v1/categories/infer reads a request's words as publishing does, so the form can show it while typing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const infer = (payload: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: "/v1/categories/infer", payload });

describe("inferring categories from a request's words", () => {
  it("names the item's trade first, with the buyer's words and both names", async () => {
    const response = await infer({
      title: "Cần 20.000 thùng carton 5 lớp in 2 màu",
      description: "Giao về KCN VSIP 1, hàng xuất khẩu.",
    });
    expect(response.statusCode, response.body).toBe(200);
    const [first] = response.json().items;
    expect(first).toEqual({
      code: "packaging.corrugated-cartons",
      nameVi: expect.any(String),
      nameEn: expect.any(String),
      terms: ["thùng carton 5 lớp"],
      publishedWith: true,
    });
  });

  it("reads words without diacritics and in English too", async () => {
    const items = async (title: string) =>
      (await infer({ title })).json().items.map((i: { code: string }) => i.code);
    expect((await items("gia cong cnc vo nhom"))[0]).toMatch(/^metal\.cnc-machining/);
    expect(await items("Automotive injection moulded housings")).toContain("plastics.injection-moulding");
  });

  it("answers an empty or unknown text with nothing, and too long a title with a 400 naming it", async () => {
    expect((await infer({})).json()).toEqual({ items: [] });
    expect((await infer({ title: "zzqx" })).json()).toEqual({ items: [] });
    const tooLong = await infer({ title: "x".repeat(201) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors).toEqual([expect.objectContaining({ field: "body.title" })]);
  });
});
