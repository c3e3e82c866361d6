// Emails set off while Redis is away leave once it is back, once, without restarting anything. Routes that count
// attempts in Redis (registration, invitations, quotes) answer 503 naming redis when it is already gone, so the
// window that matters for them is Redis dying after those checks passed and before the change commits: the test
// holds the route at its write (a table lock), stops Redis, lets the write commit, and starts Redis again. The
// award takes no Redis check and is simply made with Redis down. Its private Redis comes back empty, as one
// without persistence does, so only what Postgres kept (the job outbox) can bring the emails.
import { jobOutboxRepository, schema } from "@ketnoi/db";
import {
  type CapturedEmail,
  lockTableForWrites,
  type PrivateRedis,
  startPrivateRedis,
} from "@ketnoi/testing";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  goodPassword,
  type RegisteredAccount,
  registerVerifiedAccount,
  uniqueAddress,
  uniqueEmail,
} from "../helpers/accounts.js";
import {
  award,
  mouldingSupplier,
  publishMatchedRequest,
  putQuote,
  quoted,
  type SupplierAccount,
  validQuote,
} from "../helpers/marketplace.js";
import { optInToImmediateNotifications } from "../helpers/notifications.js";
import { expectProblem } from "../helpers/problems.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let redis: PrivateRedis;
let t: TestApp;
let buyer: RegisteredAccount;
let moulder: SupplierAccount;

beforeAll(async () => {
  redis = await startPrivateRedis();
  t = await createTestApp({ withWorker: true, redisUrl: redis.url, notificationGatherMs: 1000 });
  buyer = await verifiedSupplier(t, ["buyer"]);
  moulder = await mouldingSupplier(t, "Công ty TNHH Nhựa Mất Điện");
  for (const account of [buyer, moulder]) await optInToImmediateNotifications(t, account.accessToken);
  await t.searchSynced(30_000);
}, 90_000);
afterAll(async () => {
  await t.close();
  await redis.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `call` while the test holds `table` for writes: the route passes its Redis checks and waits at its write;
 * the test stops Redis, then lets the write go on. Resolves to the answer.
 */
async function redisDiesBeforeCommit(table: string, call: () => Promise<LightMyRequestResponse>) {
  const lock = await lockTableForWrites(t.deps.config.DATABASE_URL, table);
  const answer = call();
  try {
    await lock.writerWaiting();
    await redis.stop();
  } finally {
    await lock.release();
  }
  return answer;
}

/** Starts Redis again and waits for the email; then checks, after every drain and retry had its chance, it came once. */
async function arrivesOnceAfterRedisReturns(to: string, predicate: (m: CapturedEmail) => boolean) {
  await redis.start();
  const back = performance.now();
  const email = await t.smtp.waitFor(to, { predicate, timeoutMs: 10_000 });
  expect(performance.now() - back, "the email left within 10 s of Redis returning").toBeLessThan(10_000);
  // The worker's own scheduled drain and a drain of ours run again meanwhile: nothing is handed over twice.
  await t.handOverJobs();
  await sleep(3_000);
  expect(t.smtp.messages.filter((m) => m.to.includes(to) && predicate(m))).toHaveLength(1);
  expect(await jobOutboxRepository.countPendingOutboxJobs(t.deps.database.db)).toBe(0);
  return email;
}

describe("emails set off while Redis is away", () => {
  it("sends the verification email of a registration that committed as Redis died", async () => {
    const email = uniqueEmail("outage.owner");
    const registered = await redisDiesBeforeCommit("organizations", () =>
      t.app.inject({
        method: "POST",
        url: "/v1/auth/register",
        payload: {
          organization: { name: "Công ty TNHH Cơ Khí Mất Điện", roles: ["buyer"] },
          user: { email, name: "Phạm Minh Đức", password: goodPassword, language: "vi" },
        },
        remoteAddress: uniqueAddress(),
      }),
    );
    expect(registered.statusCode, registered.body).toBe(201);
    const verification = await arrivesOnceAfterRedisReturns(email, (m) => m.text.includes("/verify-email"));
    expect(verification.text).toContain("http://ketnoi.test/vi/verify-email#token=");
  });

  it("sends an invitation made as Redis died", async () => {
    const owner = await registerVerifiedAccount(t, { orgName: "Công ty TNHH Điện Tử Mất Điện" });
    const invitee = uniqueEmail("outage.invitee");
    const invited = await redisDiesBeforeCommit("invitations", () =>
      t.app.inject({
        method: "POST",
        url: `/v1/organizations/${owner.organizationId}/invitations`,
        headers: bearer(owner.accessToken),
        payload: { email: invitee, role: "member" },
      }),
    );
    expect(invited.statusCode, invited.body).toBe(201);
    await arrivesOnceAfterRedisReturns(invitee, (m) => m.text.includes("/accept-invitation"));
  });

  it("tells the buyer about a quote that committed as Redis died, once Redis is back", async () => {
    const request = await publishMatchedRequest(t, buyer, { title: "Cần 10.000 vỏ nhựa ABS khi mất điện" });
    const quote = await redisDiesBeforeCommit("request_responses", () =>
      putQuote(t, moulder, request.id, validQuote()),
    );
    expect(quote.statusCode, quote.body).toBe(201);
    const aboutQuote = (m: CapturedEmail) =>
      m.subject.includes("khi mất điện") && m.subject.includes("Mất Điện");
    // With Redis gone nothing can leave: the email waits in the job outbox.
    await sleep(1_000);
    expect(t.smtp.messages.filter((m) => m.to.includes(buyer.email) && aboutQuote(m))).toEqual([]);
    expect(await jobOutboxRepository.countPendingOutboxJobs(t.deps.database.db)).toBeGreaterThan(0);

    const email = await arrivesOnceAfterRedisReturns(buyer.email, aboutQuote);
    expect(email.subject).toBe(
      "Báo giá mới từ Công ty TNHH Nhựa Mất Điện: Cần 10.000 vỏ nhựa ABS khi mất điện",
    );
    // Handing every outbox row over again (a drain that died before marking its batch) adds no second email.
    const rows = await t.deps.database.db.select().from(schema.jobOutbox);
    await t.deps.jobs.enqueueOutboxRows(rows, new Date());
    await sleep(2_000);
    expect(t.smtp.messages.filter((m) => m.to.includes(buyer.email) && aboutQuote(m))).toHaveLength(1);
  });

  it("tells the quoting supplier about an award made while Redis was down", async () => {
    const request = await publishMatchedRequest(t, buyer, { title: "Cần 10.000 nắp nhựa khi mất điện" });
    const { id: quoteId } = await quoted(t, moulder, request.id);
    await redis.stop();
    const awarded = await award(t, buyer, request.id, quoteId);
    expect(awarded.statusCode, awarded.body).toBe(200);
    const won = await arrivesOnceAfterRedisReturns(moulder.email, (m) =>
      m.subject.includes("nắp nhựa khi mất điện"),
    );
    expect(won.subject).toBe("Báo giá của bạn đã được chọn: Cần 10.000 nắp nhựa khi mất điện");
  });

  it("refuses a quote with 503 naming redis when Redis is already gone, and sends nothing later", async () => {
    const request = await publishMatchedRequest(t, buyer, { title: "Cần 10.000 khay nhựa khi mất điện" });
    await redis.stop();
    const refused = await putQuote(t, moulder, request.id, validQuote());
    expect(expectProblem(refused, 503, "service_unavailable")).toBeDefined();
    expect(refused.json().dependency).toBe("redis");
    await redis.start();
    await sleep(4_000);
    expect(t.smtp.messages.filter((m) => m.subject.includes("khay nhựa khi mất điện"))).toEqual([]);
    // Nothing was saved: the supplier quotes again once Redis is back, and the buyer hears of it then.
    expect((await putQuote(t, moulder, request.id, validQuote())).statusCode).toBe(201);
  });
});
