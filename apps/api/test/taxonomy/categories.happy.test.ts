// GET /v1/categories?q= reads category names as people write them, through the domain's category resolver.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const search = async (q: string) => {
  const response = await t.app.inject({ method: "GET", url: `/v1/categories?q=${encodeURIComponent(q)}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().matches as { code: string; matched: string; confidence: number }[];
};

describe("finding categories by the words people use", () => {
  it.each([
    ["Thùng carton xuất khẩu", "packaging.corrugated-cartons"],
    ["gia cong cnc", "metal.cnc-machining"],
    ["Automotive injection moulded parts", "plastics.injection-moulding"],
    ["nắp chai nhựa", "plastics.injection-moulding"],
    ["Bạc đồng tiện CNC", "metal.cnc-machining.turning"],
  ])("reads %s as %s first", async (q, code) => {
    const [first] = await search(q);
    expect(first?.code).toBe(code);
    expect(first?.confidence).toBeGreaterThan(0);
  });

  it("still lists names that start with what is typed, an exact name first with confidence 1", async () => {
    const hits = await search("carton");
    expect(hits[0]).toMatchObject({ code: "packaging.corrugated-cartons", confidence: 1 });
    expect((await search("thung c")).map((hit) => hit.code)).toContain("packaging.corrugated-cartons");
  });

  it("answers words it does not know with no matches, not an error", async () => {
    expect(await search("zzqx")).toEqual([]);
  });
});
