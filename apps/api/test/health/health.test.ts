import { createSearchClient } from "@ketnoi/search";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../../src/index.js";
import { expectProblem } from "../helpers/problems.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
/** The same app, but its search client points at a port nothing listens on. */
let withoutSearch: App;
beforeAll(async () => {
  t = await createTestApp();
  withoutSearch = await buildApp({
    ...t.deps,
    search: createSearchClient({ url: "http://127.0.0.1:1", apiKey: "x", timeoutMs: 1000 }),
  });
  await withoutSearch.ready();
});
afterAll(async () => {
  // Shares t's database, Redis and mailer, so it closes first and leaves them to t.
  await withoutSearch?.close();
  await t.close();
});

describe("liveness and readiness", () => {
  it("says the process is alive", async () => {
    const response = await t.app.inject({ method: "GET", url: "/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
  });

  it("is ready when PostgreSQL, Redis and Meilisearch answer", async () => {
    const response = await t.app.inject({ method: "GET", url: "/ready" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: "ready",
      checks: { postgres: "ok", redis: "ok", meilisearch: "ok" },
    });
  });

  it("is not ready, naming Meilisearch alone, when Meilisearch does not answer", async () => {
    const response = await withoutSearch.inject({ method: "GET", url: "/ready" });
    const problem = expectProblem(response, 503, "service_unavailable");
    expect(problem.detail).toBe("Not reachable: meilisearch");
    // Liveness does not depend on the dependencies.
    expect((await withoutSearch.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);
  });
});

describe("API documentation", () => {
  it("serves an OpenAPI 3.1 document with the public routes and the Problem schema", async () => {
    const response = await t.app.inject({ method: "GET", url: "/openapi.json" });
    expect(response.statusCode).toBe(200);
    const spec = response.json();
    expect(spec.openapi).toBe("3.1.0");
    expect(spec.info.title).toBe("Kết Nối API");
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        "/v1/auth/register",
        "/v1/auth/login",
        "/v1/invitations/accept",
        "/v1/organizations/{organizationId}/members",
        "/v1/zones",
        "/v1/zones/{id}",
      ]),
    );
    // The HTML pages behind email links are not part of the API.
    expect(Object.keys(spec.paths).some((path) => path.startsWith("/pages"))).toBe(false);
    expect(spec.components.schemas.Problem).toMatchObject({
      type: "object",
      required: expect.arrayContaining(["type", "title", "status", "code"]),
    });
    expect(spec.paths["/v1/zones/{id}"].get.responses["404"]).toBeDefined();
  });

  it("serves a browsable documentation page", async () => {
    let response = await t.app.inject({ method: "GET", url: "/docs" });
    if (response.statusCode === 302) {
      response = await t.app.inject({ method: "GET", url: String(response.headers.location) });
    }
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/text\/html/);
    expect(response.body).toContain("Swagger UI");
  });
});
