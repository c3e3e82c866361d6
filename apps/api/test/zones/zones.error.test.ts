import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectProblem, problemFields } from "../helpers/problems.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const get = (url: string) => t.app.inject({ method: "GET", url });

describe("one zone", () => {
  it("answers an unknown zone id with a 404 problem", async () => {
    const problem = expectProblem(await get("/v1/zones/kcn-atlantis"), 404, "not_found");
    expect(problem.detail).toBe("Zone not found");
    expect(problem.instance).toBe("/v1/zones/kcn-atlantis");
  });

  it.each([
    ["capitals and underscores", "KCN_VSIP_1"],
    ["a space", "kcn%20vsip"],
    ["quotes", "kcn-vsip-1'--"],
  ])("rejects an id with %s, naming params.id", async (_label, id) => {
    const problem = expectProblem(await get(`/v1/zones/${id}`), 400, "validation_failed");
    expect(problemFields(problem)).toEqual(["params.id"]);
  });

  // The router turns these away before any route runs; they still get the problem shape and a request id.
  it.each([
    ["longer than the router allows", "k".repeat(101)],
    ["with broken percent-encoding", "kcn-%E0%A4%A"],
  ])("rejects an id %s with a 400 problem", async (_label, id) => {
    expectProblem(await get(`/v1/zones/${id}`), 400, "validation_failed");
  });
});

describe("listing zones", () => {
  it("rejects a province it does not know, naming query.province", async () => {
    const problem = expectProblem(await get("/v1/zones?province=Atlantis"), 400, "validation_failed");
    expect(problem.errors).toEqual([{ field: "query.province", message: "unknown province 'Atlantis'" }]);
  });

  it.each([
    ["limit=0", "query.limit"],
    ["limit=1000", "query.limit"],
    ["limit=ten", "query.limit"],
    ["limit=2.5", "query.limit"],
    ["offset=-1", "query.offset"],
    ["kind=XYZ", "query.kind"],
    ["status=closed", "query.status"],
    [`q=${"a".repeat(101)}`, "query.q"],
  ])("rejects %s, naming %s", async (query, field) => {
    const problem = expectProblem(await get(`/v1/zones?${query}`), 400, "validation_failed");
    expect(problemFields(problem)).toEqual([field]);
  });

  it("names every bad parameter at once", async () => {
    const problem = expectProblem(
      await get("/v1/zones?limit=0&offset=-1&kind=XYZ"),
      400,
      "validation_failed",
    );
    expect(problemFields(problem).sort()).toEqual(["query.kind", "query.limit", "query.offset"]);
  });
});
