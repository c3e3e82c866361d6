// The buyer workspace's API: comparing 30 quotes in mixed currencies (one without a reference rate), and the
// API process's peak memory growth while a 20 MB attachment streams through it (stored, never buffered).
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { accountRepository, exchangeRateRepository } from "@ketnoi/db";
import { hcmcDate } from "@ketnoi/domain";
import { sql } from "drizzle-orm";
import { startApiProcess } from "./api-process.js";
import type { BenchEnvironment } from "./environment.js";
import { type BenchRow, percentiles, timeEach } from "./stats.js";

const day = 86_400_000;
const quoteCount = 30;

async function buyerWithRequest(env: BenchEnvironment) {
  const { app } = env;
  const registered = await app.inject({
    method: "POST",
    url: "/v1/auth/register",
    payload: {
      organization: { name: "Công ty TNHH Mua Hàng Bench", roles: ["buyer"] },
      user: {
        email: "buyer-ws@bench-example.vn",
        name: "Bench",
        password: "benchmark password 2026",
        language: "vi",
      },
    },
  });
  if (registered.statusCode !== 201) throw new Error(`register: ${registered.statusCode} ${registered.body}`);
  const { user, session } = registered.json() as { user: { id: string }; session: { accessToken: string } };
  await env.deps.database.db.transaction((tx) =>
    accountRepository.markEmailVerified(tx, user.id, new Date()),
  );
  const authorization = `Bearer ${session.accessToken}`;
  const created = await app.inject({
    method: "POST",
    url: "/v1/requests",
    headers: { authorization },
    payload: {
      title: "Cần 10.000 vỏ nhựa ABS ép phun",
      description: "Vỏ hộp điện, màu trắng",
      categories: ["plastics.injection-moulding"],
      specification: { text: "Theo bản vẽ", material: "ABS" },
      quantity: { value: 10_000, unit: "pieces" },
      delivery: { zoneId: "kcn-vsip-1" },
      neededBy: hcmcDate(new Date(Date.now() + 60 * day)),
      quoteDeadline: new Date(Date.now() + 10 * day).toISOString(),
    },
  });
  if (created.statusCode !== 201) throw new Error(`request: ${created.statusCode} ${created.body}`);
  return { userId: user.id, authorization, requestId: (created.json() as { id: string }).id };
}

/** 30 supplier organisations with a quote each: VND, USD (with a rate) and EUR (without), with every term. */
async function seedQuotes(env: BenchEnvironment, requestId: string, userId: string): Promise<void> {
  const db = env.deps.database.db;
  await db.transaction(async (tx) => {
    await exchangeRateRepository.setExchangeRate(tx, {
      currency: "USD",
      rateDate: hcmcDate(new Date()),
      vndPerUnit: 25_400,
      userId,
    });
    await tx.execute(sql`
      with orgs as (
        insert into organizations (id, name, roles)
        select gen_random_uuid(), 'Công ty TNHH Nhựa Bench ' || i, '{supplier}'::organization_role[]
        from generate_series(1, ${quoteCount}) i
        returning id, name
      ), numbered as (select id, name, row_number() over (order by id) as i from orgs),
      sup as (
        insert into suppliers (id, organization_id, legal_name, tax_code, categories, certifications, languages,
          lat, lng, province_2025)
        select gen_random_uuid(), id, name, '77' || lpad(i::text, 11, '0'), '{plastics.injection-moulding}',
          '[{"code": "iso-9001"}]'::jsonb, '{vi}', 10.93, 106.71, 'Ho Chi Minh City'
        from numbered
        returning id, tax_code
      )
      insert into request_responses (id, request_id, supplier_id, kind, unit_price_amount, currency, lead_time_days,
        valid_until, vat_rate_percent, vat_included, delivery, payment_days, deposit_percent, tooling_cost,
        sample_cost)
      select gen_random_uuid(), ${requestId}::uuid, sup.id, 'quote',
        case n % 3 when 0 then 9000 + n * 37 when 1 then 0.35 + n * 0.002 else 0.33 + n * 0.003 end,
        case n % 3 when 0 then 'VND' when 1 then 'USD' else 'EUR' end,
        7 + n % 20, ${hcmcDate(new Date(Date.now() + 60 * day))}::date, case when n % 2 = 0 then 8 else 10 end,
        n % 2 = 0, '{"kind": "incoterm", "incoterm": "DAP", "place": "KCN VSIP 1"}'::jsonb, 30, 20,
        case n % 3 when 0 then 45000000 else 1800 end, case n % 3 when 0 then 1500000 else 60 end
      from (select id, row_number() over (order by id) as n from sup) sup`);
  });
}

/** Peak resident memory of a process, sampled from /proc while `during` runs. */
async function peakRss(pid: number, during: () => Promise<void>): Promise<{ before: number; peak: number }> {
  const rss = async () => {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? "0") * 1024;
  };
  const before = await rss();
  let peak = before;
  let running = true;
  const sampler = (async () => {
    while (running) {
      peak = Math.max(peak, await rss());
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  try {
    await during();
  } finally {
    running = false;
    await sampler;
  }
  peak = Math.max(peak, await rss());
  return { before, peak };
}

export async function runBuyerBench(env: BenchEnvironment): Promise<BenchRow[]> {
  const { authorization, requestId, userId } = await buyerWithRequest(env);
  await seedQuotes(env, requestId, userId);

  const compare = async () => {
    const response = await env.app.inject({
      method: "GET",
      url: `/v1/requests/${requestId}/quotes`,
      headers: { authorization },
    });
    if (response.statusCode !== 200) throw new Error(`compare: ${response.statusCode} ${response.body}`);
    const body = response.json() as { items: unknown[]; summary: { missingRates: string[] } };
    if (body.items.length !== quoteCount || body.summary.missingRates[0] !== "EUR") {
      throw new Error("compare: unexpected comparison");
    }
  };
  await timeEach(20, compare);
  const compareTimes = percentiles(await timeEach(200, compare));

  // The upload through the built API as its own process, so its memory is the product's alone.
  const storageDir = await mkdtemp(join(tmpdir(), "ketnoi-bench-files-"));
  const api = await startApiProcess(env, { FILE_STORAGE_DIR: storageDir });
  try {
    const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(20 * 1024 * 1024 - 64)]);
    const boundary = "----ketnoibench";
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bản vẽ.pdf"\r\n` +
          "Content-Type: application/pdf\r\n\r\n",
      ),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    let sent = 0;
    const send = async () => {
      // A fresh file each time (a byte differs), so every upload is stored rather than recognised as a retry.
      body.writeUInt32BE(++sent, 200);
      const response = await fetch(`${api.url}/v1/requests/${requestId}/attachments?for=request`, {
        method: "POST",
        headers: { authorization, "content-type": `multipart/form-data; boundary=${boundary}` },
        body,
      });
      if (response.status !== 201) throw new Error(`upload: ${response.status} ${await response.text()}`);
    };
    await send();
    const pid = api.process.pid;
    if (pid === undefined) throw new Error("API process has no pid");
    const uploadTimes: number[] = [];
    let growth = 0;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const { before, peak } = await peakRss(pid, send);
      uploadTimes.push(performance.now() - start);
      growth = Math.max(growth, peak - before);
    }
    const upload = percentiles(uploadTimes);
    return [
      {
        suite: "buyer",
        measure: `compare quotes API (${quoteCount} quotes, 3 currencies)`,
        n: 200,
        ...compareTimes,
      },
      {
        suite: "buyer",
        measure: "20 MB attachment upload (API process, HTTP)",
        n: uploadTimes.length,
        p50: upload.p50,
        p95: upload.p95,
        value: `peak RSS +${(growth / 1024 / 1024).toFixed(1)} MB`,
        target: "< 50 MB",
      },
    ];
  } finally {
    await api.stop();
    await rm(storageDir, { recursive: true, force: true });
  }
}
