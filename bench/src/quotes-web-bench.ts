// The buyer's compare-quotes page with 30 quotes: the production build (`next start`) against the built API, the
// page rendered for a logged-in buyer. The marketplace is made through the API as people make it (register,
// publish a profile, publish a request, matching by the worker, quotes), only the email clicks are marked in the
// database. The buyer's web session is written to Redis as the web's login writes it (apps/web
// lib/session/session-store.ts: the key holds a hash of the cookie's id).
import { createHash, randomBytes } from "node:crypto";
import { loadConfig, workerEnvSchema } from "@ketnoi/config";
import { accountRepository } from "@ketnoi/db";
import { taxCode } from "@ketnoi/testing";
import { type RunningWorker, startWorker } from "@ketnoi/worker";
import { pino } from "pino";
import { startApiProcess } from "./api-process.js";
import type { BenchEnvironment } from "./environment.js";
import { type BenchRow, percentiles } from "./stats.js";
import { cpuSeconds, fetchPage, startWeb } from "./web-bench.js";

const suite = "quotes-web";
const quoteCount = 30;
const aloneRenders = 60;
const clients = 4;
const loadSeconds = 15;
const password = "benchmark password 2026";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

interface Account {
  userId: string;
  organizationId: string;
  email: string;
  address: string;
}

async function verifiedAccount(
  env: BenchEnvironment,
  role: "buyer" | "supplier",
  n: number,
): Promise<Account> {
  const email = `quotes.${role}.${n}.${randomBytes(3).toString("hex")}@bench-example.vn`;
  const address = `10.79.${role === "buyer" ? 0 : 1}.${n + 1}`;
  const registered = await env.app.inject({
    method: "POST",
    url: "/v1/auth/register",
    payload: {
      organization: { name: `Công ty TNHH Bench ${role} ${n}`, roles: [role] },
      user: { email, name: "Bench Person", password, language: "vi" },
    },
    remoteAddress: address,
  });
  if (registered.statusCode !== 201) throw new Error(`register: ${registered.statusCode} ${registered.body}`);
  const body = registered.json();
  await env.deps.database.db.transaction((tx) =>
    accountRepository.markEmailVerified(tx, body.user.id, new Date()),
  );
  return { userId: body.user.id, organizationId: body.organization.id, email, address };
}

async function logIn(env: BenchEnvironment, account: Account) {
  const answer = await env.app.inject({
    method: "POST",
    url: "/v1/auth/login",
    payload: { email: account.email, password },
    remoteAddress: account.address,
  });
  if (answer.statusCode !== 200) throw new Error(`login: ${answer.statusCode} ${answer.body}`);
  return answer.json() as {
    accessToken: string;
    expiresIn: number;
    refreshToken: string;
    refreshTokenExpiresAt: string;
    organizationId: string;
  };
}

async function call(
  env: BenchEnvironment,
  token: string,
  method: "POST" | "PUT",
  url: string,
  payload: object,
) {
  const answer = await env.app.inject({
    method,
    url,
    payload,
    headers: { authorization: `Bearer ${token}` },
  });
  if (answer.statusCode >= 300) throw new Error(`${method} ${url}: ${answer.statusCode} ${answer.body}`);
  return answer.json();
}

/** A request with `quoteCount` quotes, half in VND and half in USD, each with its own terms. */
async function requestWithQuotes(env: BenchEnvironment): Promise<{ requestId: string; buyer: Account }> {
  const buyer = await verifiedAccount(env, "buyer", 0);
  const suppliers: { account: Account; token: string }[] = [];
  for (let n = 0; n < quoteCount; n++) {
    const account = await verifiedAccount(env, "supplier", n);
    const { accessToken } = await logIn(env, account);
    await call(env, accessToken, "POST", "/v1/suppliers", {
      legalName: `Công ty TNHH Bao Bì Bench ${n}`,
      taxCode: taxCode(5000 + n),
      descriptionVi: "Sản xuất thùng carton 3 lớp, 5 lớp, in flexo.",
      categories: ["packaging.corrugated-cartons"],
      exampleProducts: ["thùng carton 5 lớp"],
      monthlyCapacity: { value: 200_000, unit: "pieces" },
      leadTimeDays: 7 + (n % 10),
      languages: ["vi"],
      location: { zoneId: n % 2 === 0 ? "kcn-tan-phu-trung" : "kcn-tay-bac-cu-chi" },
    });
    suppliers.push({ account, token: accessToken });
  }
  const buyerToken = (await logIn(env, buyer)).accessToken;
  const request = await call(env, buyerToken, "POST", "/v1/requests", {
    title: "Cần 20.000 thùng carton 5 lớp in 2 màu",
    description: "Giấy kraft, in flexo 2 màu.",
    categories: ["packaging.corrugated-cartons"],
    specification: { text: "" },
    quantity: { value: 20_000, unit: "pieces" },
    delivery: { zoneId: "kcn-tan-phu-trung", maxDistanceKm: 50 },
    neededBy: inDays(40),
    quoteDeadline: `${inDays(14)}T17:00:00+07:00`,
    publish: true,
  });
  const requestId = String(request.id);
  // The worker indexes the profiles and then matches the request; each supplier quotes once it is matched.
  const pending = new Set(suppliers);
  const deadline = Date.now() + 180_000;
  while (pending.size > 0) {
    if (Date.now() > deadline) throw new Error(`${pending.size} suppliers were never matched`);
    for (const supplier of [...pending]) {
      const n = suppliers.indexOf(supplier);
      const answer = await env.app.inject({
        method: "PUT",
        url: `/v1/requests/${requestId}/quote`,
        headers: { authorization: `Bearer ${supplier.token}` },
        payload: {
          unitPrice:
            n % 2 === 0
              ? { amount: 9_000 + 37 * n, currency: "VND" }
              : { amount: 0.34 + n / 1000, currency: "USD" },
          moq: { value: 1_000 * (1 + (n % 5)), unit: "pieces" },
          leadTimeDays: 5 + (n % 12),
          validUntil: inDays(30),
          message: `Báo giá số ${n + 1}, chưa gồm VAT.`,
        },
      });
      if (answer.statusCode === 201 || answer.statusCode === 200) pending.delete(supplier);
      else if (answer.statusCode !== 403) throw new Error(`quote: ${answer.statusCode} ${answer.body}`);
    }
    if (pending.size > 0) await sleep(1000);
  }
  return { requestId, buyer };
}

/** The buyer's web session, stored as the web's login stores it; the cookie's value is the returned id. */
async function webSession(env: BenchEnvironment, buyer: Account): Promise<string> {
  const session = await logIn(env, buyer);
  const sessionId = randomBytes(32).toString("base64url");
  const key = `${env.apiEnvironment.NAMESPACE}:web:session:${createHash("sha256").update(sessionId).digest("base64url")}`;
  const now = Date.now();
  await env.deps.redis.set(
    key,
    JSON.stringify({
      organizationId: session.organizationId,
      accessToken: session.accessToken,
      accessExpiresAt: now + session.expiresIn * 1000,
      refreshToken: session.refreshToken,
      refreshExpiresAt: Date.parse(session.refreshTokenExpiresAt),
    }),
    "PX",
    3_600_000,
  );
  return sessionId;
}

export async function runQuotesWebBench(env: BenchEnvironment): Promise<BenchRow[]> {
  const config = loadConfig(workerEnvSchema, { ...env.apiEnvironment, LOG_LEVEL: "warn" });
  const worker: RunningWorker = await startWorker(config, pino({ level: "warn" }), { schedules: false });
  let setUp: { requestId: string; buyer: Account };
  try {
    setUp = await requestWithQuotes(env);
  } finally {
    await worker.stop();
  }
  const sessionId = await webSession(env, setUp.buyer);
  const api = await startApiProcess(env);
  const web = await startWeb(api.url, {
    REDIS_URL: env.apiEnvironment.REDIS_URL,
    NAMESPACE: env.apiEnvironment.NAMESPACE,
  });
  const path = `/requests/${setUp.requestId}/quotes`;
  const headers = { cookie: `ketnoi_session=${sessionId}` };
  try {
    const page = await fetchPage(web.url, path, headers);
    const columns = (page.match(/Công ty TNHH Bao Bì Bench \d+/g) ?? []).length;
    // Each quote is named in the table's header and on its phone card (at least): the page really holds them.
    if (columns < 2 * quoteCount) throw new Error(`the page names ${columns} quotes, expected ${quoteCount}`);
    const alone: number[] = [];
    for (let i = 0; i < aloneRenders; i++) {
      const start = performance.now();
      await fetchPage(web.url, path, headers);
      alone.push(performance.now() - start);
    }
    const cpuBefore = await cpuSeconds(web.process);
    const samples: number[] = [];
    const started = performance.now();
    const deadline = Date.now() + loadSeconds * 1000;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (Date.now() < deadline) {
          const start = performance.now();
          await fetchPage(web.url, path, headers);
          samples.push(performance.now() - start);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = (await cpuSeconds(web.process)) - cpuBefore;
    return [
      {
        suite,
        measure: `compare quotes (${quoteCount} quotes): server render, one client`,
        n: alone.length,
        ...percentiles(alone),
        value: `${(Buffer.byteLength(page) / 1024).toFixed(0)} kB of HTML`,
        target: "p95 ≤ 300 ms",
      },
      {
        suite,
        measure: `compare quotes (${quoteCount} quotes): server render, ${clients} concurrent clients for ${loadSeconds} s`,
        n: samples.length,
        ...percentiles(samples),
        value: `${(samples.length / seconds).toFixed(0)} pages/s; next used ${((100 * cpu) / seconds).toFixed(0)} % of a core`,
      },
    ];
  } finally {
    await web.stop();
    await api.stop();
  }
}
