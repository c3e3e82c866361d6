// Security headers and CORS on what the API serves: JSON, the pages behind email links, Swagger UI and Bull Board.
import { accountRepository } from "@ketnoi/db";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, registerAccount } from "../helpers/accounts.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
/** Served at an https:// PUBLIC_URL, with one web origin allowed to call it from browsers. */
let configured: TestApp;

beforeAll(async () => {
  [t, configured] = await Promise.all([
    createTestApp(),
    createTestApp({ env: { PUBLIC_URL: "https://ketnoi.vn", CORS_ORIGINS: "https://app.ketnoi.vn" } }),
  ]);
});
afterAll(async () => {
  await Promise.all([t?.close(), configured?.close()]);
});

/** The Content-Security-Policy header as directive → sources. */
function csp(response: LightMyRequestResponse): Map<string, string[]> {
  const header = String(response.headers["content-security-policy"] ?? "");
  expect(header, "Content-Security-Policy").not.toBe("");
  return new Map(
    header
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

function expectCommonHeaders(response: LightMyRequestResponse) {
  expect(response.headers["x-content-type-options"]).toBe("nosniff");
  expect(response.headers["referrer-policy"]).toBe("no-referrer");
  expect(response.headers["x-frame-options"]).toBe("DENY");
  expect(csp(response).get("frame-ancestors")).toEqual(["'none'"]);
  expect(response.headers["access-control-allow-origin"]).toBeUndefined();
}

/** Every `<script>` and stylesheet a page loads, as paths on this server, and whether any script is inline. */
function assetsOf(html: string, base: string) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? "");
  const executable = scripts.filter((attributes) => !/type="application\/json"/.test(attributes));
  const sources = executable.map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1]);
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map(
    (m) => /\bhref="([^"]+)"/.exec(m[0])?.[1] ?? "",
  );
  const local = (ref: string) => new URL(ref, `http://ketnoi.test${base}`);
  return {
    inlineScripts: sources.filter((src) => src === undefined).length,
    files: [...sources.filter((src): src is string => src !== undefined), ...styles].map(local),
  };
}

describe("security headers", () => {
  it("are on every API response, which nothing may load, run or frame", async () => {
    for (const url of ["/health", "/v1/categories", "/v1/zones?limit=0", "/v1/nowhere"]) {
      const response = await t.app.inject({ method: "GET", url });
      expectCommonHeaders(response);
      expect(csp(response).get("default-src"), url).toEqual(["'none'"]);
      expect(csp(response).has("script-src"), url).toBe(false);
      // A plain-http deployment (this machine, the compose demo) is not told to insist on HTTPS.
      expect(response.headers["strict-transport-security"], url).toBeUndefined();
    }
  });

  it("turn on HSTS and upgrade-insecure-requests when PUBLIC_URL is https", async () => {
    const response = await configured.app.inject({ method: "GET", url: "/health" });
    expect(response.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(csp(response).has("upgrade-insecure-requests")).toBe(true);
  });

  it("send the old email-link pages on to the web (308) with no page of their own", async () => {
    for (const path of ["verify-email", "reset-password", "accept-invitation", "unlock-sign-in"]) {
      const response = await t.app.inject({ method: "GET", url: `/pages/${path}` });
      expect(response.statusCode, path).toBe(308);
      expect(response.headers.location, path).toBe(`http://ketnoi.test/${path}`);
      expect(response.headers["cache-control"], path).toBe("no-store");
      expectCommonHeaders(response);
      expect(csp(response).get("default-src"), path).toEqual(["'none'"]);
    }
  });

  it("let Swagger UI load its page, scripts, styles and the OpenAPI document", async () => {
    let page = await t.app.inject({ method: "GET", url: "/docs" });
    if (page.statusCode === 302)
      page = await t.app.inject({ method: "GET", url: String(page.headers.location) });
    expect(page.statusCode).toBe(200);
    expectCommonHeaders(page);
    const policy = csp(page);
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    const { inlineScripts, files } = assetsOf(page.body, "/docs/");
    expect(inlineScripts).toBe(0);
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of [...files, new URL("http://ketnoi.test/docs/json")]) {
      expect(file.origin, file.href).toBe("http://ketnoi.test");
      const asset = await t.app.inject({ method: "GET", url: file.pathname });
      expect(asset.statusCode, file.pathname).toBe(200);
    }
  });

  it("let Bull Board load its page, scripts and styles for a platform admin", async () => {
    const admin = await registerAccount(t, { orgName: "Ban Quản Trị Kết Nối" });
    await t.deps.database.db.transaction((tx) => accountRepository.setPlatformAdmin(tx, admin.userId, true));
    const page = await t.app.inject({
      method: "GET",
      url: "/admin/queues",
      headers: bearer(admin.accessToken),
    });
    expect(page.statusCode).toBe(200);
    expectCommonHeaders(page);
    const policy = csp(page);
    expect(policy.get("script-src")).toEqual(["'self'"]);
    // Its loading animation is an inline style block and inline style attributes.
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    const { inlineScripts, files } = assetsOf(page.body, "/admin/queues/");
    expect(inlineScripts).toBe(0);
    const own = files.filter((file) => file.origin === "http://ketnoi.test");
    expect(own.length).toBeGreaterThanOrEqual(3);
    for (const file of own) {
      const asset = await t.app.inject({
        method: "GET",
        url: file.pathname,
        headers: bearer(admin.accessToken),
      });
      expect(asset.statusCode, file.pathname).toBe(200);
    }
  });
});

describe("CORS", () => {
  const preflight = (app: TestApp, origin: string) =>
    app.app.inject({
      method: "OPTIONS",
      url: "/v1/requests",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });

  it("lets no other origin in by default: no Access-Control-Allow-Origin, not even on a preflight", async () => {
    const simple = await t.app.inject({
      method: "GET",
      url: "/v1/categories",
      headers: { origin: "https://app.ketnoi.vn" },
    });
    expect(simple.statusCode).toBe(200);
    expect(simple.headers["access-control-allow-origin"]).toBeUndefined();
    const options = await preflight(t, "https://app.ketnoi.vn");
    expect(options.headers["access-control-allow-origin"]).toBeUndefined();
    expect(options.headers["access-control-allow-methods"]).toBeUndefined();
  });

  it("answers a configured origin, and only that one, without credentials", async () => {
    const simple = await configured.app.inject({
      method: "GET",
      url: "/v1/categories",
      headers: { origin: "https://app.ketnoi.vn" },
    });
    expect(simple.headers["access-control-allow-origin"]).toBe("https://app.ketnoi.vn");
    expect(simple.headers.vary).toMatch(/origin/i);
    expect(simple.headers["access-control-allow-credentials"]).toBeUndefined();

    const options = await preflight(configured, "https://app.ketnoi.vn");
    expect(options.statusCode).toBe(204);
    expect(options.headers["access-control-allow-origin"]).toBe("https://app.ketnoi.vn");
    expect(String(options.headers["access-control-allow-headers"])).toMatch(/authorization/);
    expect(String(options.headers["access-control-allow-methods"])).toMatch(/POST/);

    for (const origin of [
      "https://evil.example",
      "https://app.ketnoi.vn.evil.example",
      "http://app.ketnoi.vn",
    ]) {
      const other = await configured.app.inject({
        method: "GET",
        url: "/v1/categories",
        headers: { origin },
      });
      expect(other.headers["access-control-allow-origin"], origin).toBeUndefined();
      expect(
        (await preflight(configured, origin)).headers["access-control-allow-origin"],
        origin,
      ).toBeUndefined();
    }
  });
});
