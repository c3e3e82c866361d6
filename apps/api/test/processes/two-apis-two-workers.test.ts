// Scaled out as infra/README.md describes: two API processes and two worker processes on one PostgreSQL, Redis and
// Meilisearch. The marketplace's journey — profiles, requests published while suppliers are still arriving,
// matching, quotes, the award, the weekly digest — goes through both APIs in turn (every call to the other API
// than the one before), and both workers take the jobs. Every fitting pair is matched once, every email leaves
// once, and no process logs an error or dies.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { digestScheduleDefaults } from "@ketnoi/config";
import { digestLedger, requestMatchRepository } from "@ketnoi/db";
import { digestPeriod } from "@ketnoi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import {
  award,
  mouldingRequestBody,
  mouldingSupplier,
  quoted,
  type SupplierAccount,
} from "../helpers/marketplace.js";
import { createRequest, matchingSettled } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

const repoRoot = fileURLToPath(new URL("../../../..", import.meta.url));

interface RunningProcess {
  name: string;
  child: ChildProcess;
  /** Every log line the process wrote (JSON: the processes run as in production). */
  lines: string[];
}

const processes: RunningProcess[] = [];
/** The in-process harness: its database handle, queues and SMTP capture observe what the processes do. */
let local: TestApp;
/** The same harness, but every call goes over HTTP to the two API processes in turn. */
let t: TestApp;
const apiCalls = [0, 0];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function startProcess(name: string, entry: string, env: Record<string, string>): RunningProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=development", entry], {
    cwd: repoRoot,
    env: { ...env, PATH: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const running: RunningProcess = { name, child, lines: [] };
  for (const stream of [child.stdout, child.stderr]) {
    let rest = "";
    stream?.on("data", (chunk: Buffer) => {
      const parts = (rest + chunk.toString("utf8")).split("\n");
      rest = parts.pop() ?? "";
      running.lines.push(...parts.filter((line) => line.trim() !== ""));
    });
  }
  processes.push(running);
  return running;
}

async function waitUntilReady(url: string, running: RunningProcess): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (running.child.exitCode !== null) {
      throw new Error(`${running.name} exited (${running.child.exitCode}): ${running.lines.join("\n")}`);
    }
    const ready = await fetch(`${url}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${running.name} not ready in 90 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The subset of Fastify's inject() the test helpers use, answered by the API processes over HTTP, alternating
 * between them. The client address rides in X-Forwarded-For, which the processes trust from loopback only.
 */
function injectOverHttp(urls: string[]) {
  let next = 0;
  return async (options: {
    method: string;
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
    remoteAddress?: string;
  }) => {
    const which = next++ % urls.length;
    apiCalls[which] = (apiCalls[which] ?? 0) + 1;
    const headers: Record<string, string> = { ...options.headers };
    if (options.payload !== undefined) headers["content-type"] = "application/json";
    if (options.remoteAddress) headers["x-forwarded-for"] = options.remoteAddress;
    const response = await fetch(`${urls[which]}${options.url}`, {
      method: options.method,
      headers,
      ...(options.payload !== undefined ? { body: JSON.stringify(options.payload) } : {}),
    });
    const body = await response.text();
    return {
      statusCode: response.status,
      body,
      headers: Object.fromEntries(response.headers),
      json: () => JSON.parse(body),
    };
  };
}

beforeAll(async () => {
  local = await createTestApp();
  const config = local.deps.config;
  const shared = {
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    DATABASE_URL: config.DATABASE_URL,
    REDIS_URL: config.REDIS_URL,
    MEILI_URL: config.MEILI_URL,
    MEILI_MASTER_KEY: config.MEILI_MASTER_KEY ?? "",
    NAMESPACE: config.NAMESPACE,
    SMTP_URL: config.SMTP_URL,
    PUBLIC_URL: "http://127.0.0.1:3001",
    JWT_SECRET: config.JWT_SECRET,
    EMAIL_LINK_SECRET: config.EMAIL_LINK_SECRET,
  };
  const urls: string[] = [];
  const apis: Promise<void>[] = [];
  for (const n of [1, 2]) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    urls.push(url);
    const api = startProcess(`api ${n}`, "apps/api/src/main.ts", {
      ...shared,
      HOST: "127.0.0.1",
      PORT: String(port),
      TRUSTED_PROXIES: "loopback",
    });
    apis.push(waitUntilReady(url, api));
    startProcess(`worker ${n}`, "apps/worker/src/main.ts", { ...shared, WORKER_CONCURRENCY: "4" });
  }
  await Promise.all(apis);
  t = { ...local, app: { inject: injectOverHttp(urls) } as unknown as TestApp["app"] };
}, 150_000);

afterAll(async () => {
  await Promise.all(
    processes.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  await local?.close();
}, 60_000);

const suppliersFirst = 4;
const suppliersLater = 3;
const requestCount = 4;

describe("two API processes and two worker processes", () => {
  let buyer: RegisteredAccount;
  const suppliers: SupplierAccount[] = [];
  const requestIds: string[] = [];

  it("match every fitting pair exactly once, whatever the order requests and suppliers arrive in", async () => {
    buyer = await verifiedSupplier(t, ["buyer"]);
    for (let i = 0; i < suppliersFirst; i++) {
      suppliers.push(await mouldingSupplier(t, `Công ty TNHH Nhựa Hai Tiến Trình ${i + 1}`));
    }
    // Requests and the later suppliers at the same moment, through both APIs, handled by both workers.
    const [published, later] = await Promise.all([
      Promise.all(Array.from({ length: requestCount }, () => createRequest(t, buyer, mouldingRequestBody()))),
      Promise.all(
        Array.from({ length: suppliersLater }, (_, i) =>
          mouldingSupplier(t, `Công ty TNHH Nhựa Đến Sau ${i + 1}`),
        ),
      ),
    ]);
    requestIds.push(...published.map((r: { id: string }) => r.id));
    suppliers.push(...later);
    await matchingSettled(t, 60_000);

    const db = local.deps.database.db;
    for (const requestId of requestIds) {
      const stored = await requestMatchRepository.listMatchesForRequest(db, requestId, {
        includeNearMisses: true,
      });
      const matched = stored.map((row) => row.supplier.id);
      expect(new Set(matched).size, "no pair stored twice").toBe(matched.length);
      expect(matched.sort()).toEqual(suppliers.map((s) => s.profileId).sort());
    }
  }, 180_000);

  it("carry quotes and the award through both APIs, telling each party once", async () => {
    const requestId = requestIds[0] ?? "";
    // Everyone asks for immediate emails, so the quotes and the award each set some off.
    for (const person of [buyer, ...suppliers.slice(0, 4)]) {
      const chosen = await t.app.inject({
        method: "PATCH",
        url: "/v1/me/notifications",
        headers: bearer(person.accessToken),
        payload: { immediate: true },
      });
      expect(chosen.statusCode, chosen.body).toBe(200);
    }
    const quotes = [];
    for (const supplier of suppliers.slice(0, 4)) quotes.push(await quoted(t, supplier, requestId));
    const winner = quotes[1]?.id ?? "";
    const awarded = await award(t, buyer, requestId, winner);
    expect(awarded.statusCode, awarded.body).toBe(200);

    // Each quoting supplier hears the outcome once, whichever worker sent it.
    const isOutcome = (m: { messageId?: string | undefined }) =>
      m.messageId?.startsWith(`<notify.request.awarded.${requestId}.`) === true;
    for (const supplier of suppliers.slice(0, 4)) {
      await local.smtp.waitFor(supplier.email, { predicate: isOutcome, timeoutMs: 30_000 });
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (const supplier of suppliers.slice(0, 4)) {
      const outcome = local.smtp.messages.filter((m) => m.to.includes(supplier.email) && isOutcome(m));
      expect(outcome, supplier.email).toHaveLength(1);
    }
    // The buyer's first new-quote email leaves at once (later quotes wait to be gathered into one more).
    await local.smtp.waitFor(buyer.email, {
      predicate: (m) => m.messageId?.startsWith("<notify.") === true,
      timeoutMs: 60_000,
    });
  }, 180_000);

  it("send each person one weekly digest although both workers take the sends", async () => {
    const at = new Date();
    const { weekKey } = digestPeriod(at, digestScheduleDefaults.timeZone);
    await local.deps.jobs.enqueue("plan-weekly-digest", { at: at.toISOString() });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const counts = await digestLedger.countDigestDeliveries(local.deps.database.db, weekKey);
      if (counts.sent + counts.skipped > 0 && counts.planned === 0) break;
      if (Date.now() > deadline) throw new Error(`digests not finished: ${JSON.stringify(counts)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const digests = local.smtp.messages.filter((m) => m.messageId?.startsWith(`<digest.${weekKey}.`));
    expect(digests.length).toBeGreaterThan(0);
    const recipients = digests.flatMap((m) => m.to);
    expect(new Set(recipients).size).toBe(recipients.length);
  }, 120_000);

  it("sent no email twice, used both APIs and both workers, and logged no error", async () => {
    const ids = local.smtp.messages.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(apiCalls.every((n) => n > 10)).toBe(true);

    for (const running of processes) {
      const entries = running.lines.map((line) => {
        try {
          return JSON.parse(line) as { level?: number; msg?: string };
        } catch {
          return { level: 60, msg: `not a log line: ${line}` };
        }
      });
      const errors = entries.filter((entry) => (entry.level ?? 0) >= 50);
      expect(errors, running.name).toEqual([]);
      expect(running.child.exitCode, running.name).toBeNull();
      if (running.name.startsWith("worker")) {
        const finished = entries.filter((entry) => entry.msg === "job finished").length;
        expect(finished, `${running.name} finished jobs`).toBeGreaterThan(0);
      }
    }
  });
});
