// Foundation: what every request pays (routing, validation, auth, problem details) and the deliberate cost of
// password hashing, measured through the app in-process (no network), so the figures are the API's own.
import type { BenchEnvironment } from "./environment.js";
import { type BenchRow, percentiles, timeEach } from "./stats.js";

const suite = "foundation";

export async function runFoundationBench(env: BenchEnvironment): Promise<BenchRow[]> {
  const { app } = env;
  const rows: BenchRow[] = [];
  const measure = async (name: string, n: number, run: (i: number) => Promise<void>, target?: string) => {
    await timeEach(Math.min(20, Math.ceil(n / 10)), run); // warm-up
    const samples = await timeEach(n, run);
    rows.push({ suite, measure: name, n, ...percentiles(samples), ...(target ? { target } : {}) });
  };
  const expectStatus = (status: number, expected: number, what: string) => {
    if (status !== expected) throw new Error(`${what}: expected ${expected}, got ${status}`);
  };

  await measure("GET /health", 2000, async () => {
    const r = await app.inject({ method: "GET", url: "/health" });
    expectStatus(r.statusCode, 200, "health");
  });
  await measure("GET /ready (pg+redis+meili)", 500, async () => {
    const r = await app.inject({ method: "GET", url: "/ready" });
    expectStatus(r.statusCode, 200, "ready");
  });
  const provinces = ["Bình Dương", "binh duong", "TP.HCM", "Đồng Nai", "BRVT", "Long An"];
  await measure("GET /v1/zones?province=…", 1000, async (i) => {
    const province = encodeURIComponent(provinces[i % provinces.length] ?? "");
    const r = await app.inject({ method: "GET", url: `/v1/zones?province=${province}` });
    expectStatus(r.statusCode, 200, "zones by province");
  });
  const names = ["song than", "VSIP", "Nhơn Trạch", "my phuoc", "tan thuan"];
  await measure("GET /v1/zones?q=…", 1000, async (i) => {
    const q = encodeURIComponent(names[i % names.length] ?? "");
    const r = await app.inject({ method: "GET", url: `/v1/zones?q=${q}` });
    expectStatus(r.statusCode, 200, "zones by name");
  });

  const password = "benchmark password 2026";
  const accounts = Array.from({ length: 5 }, (_, i) => `owner${i}@bench-example.vn`);
  let accessToken = "";
  for (const email of accounts) {
    const registered = await app.inject({
      method: "POST",
      url: "/v1/auth/register",
      payload: {
        organization: { name: "Bench Co", roles: ["buyer"] },
        user: { email, name: "Bench", password, language: "en" },
      },
    });
    expectStatus(registered.statusCode, 201, "register");
    accessToken = registered.json().session.accessToken as string;
  }
  await measure("GET /v1/me (JWT + membership check)", 1000, async () => {
    const r = await app.inject({
      method: "GET",
      url: "/v1/me",
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expectStatus(r.statusCode, 200, "me");
  });
  // Spread over accounts and client addresses to stay under the login limits: the figure is argon2id
  // verification plus issuing a session.
  await measure(
    "POST /v1/auth/login (argon2id)",
    30,
    async (i) => {
      const r = await app.inject({
        method: "POST",
        url: "/v1/auth/login",
        payload: { email: accounts[i % accounts.length], password },
        remoteAddress: `10.0.${i}.1`,
      });
      expectStatus(r.statusCode, 200, "login");
    },
    "deliberately slow (argon2id)",
  );

  rows.push({
    suite,
    measure: "bench process RSS (app in-process, not the API alone)",
    n: "-",
    value: `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`,
  });
  return rows;
}
