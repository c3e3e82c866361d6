// Security suite, idempotency part: what an Idempotency-Key costs on `POST /v1/requests` (a claimed row before the
// route runs, the stored response after it), next to the same creates without one, on the same run and app. The
// figures without a key include the route's input checks, so against an earlier run they show what input
// hygiene costs too. Drafts, so no matching job is queued: the difference is the key's alone. The two variants
// alternate in blocks of 50, so load from elsewhere on the machine and a growing table weigh on both alike.
import { randomUUID } from "node:crypto";
import { accountRepository } from "@ketnoi/db";
import { hcmcDate } from "@ketnoi/domain";
import type { BenchEnvironment } from "./environment.js";
import { type BenchRow, percentiles, timeEach } from "./stats.js";

const suite = "security";
const blocks = 10;
const perBlock = 50;
const concurrency = 16;
const day = 86_400_000;

/** Latency of each of `n` calls, `concurrency` in flight at a time. */
async function timeConcurrently(
  n: number,
  inFlight: number,
  run: (i: number) => Promise<void>,
): Promise<number[]> {
  const samples: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < n) {
        const i = next++;
        const start = performance.now();
        await run(i);
        samples.push(performance.now() - start);
      }
    }),
  );
  return samples;
}

const percent = (withKey: number, without: number) =>
  `${withKey >= without ? "+" : ""}${(((withKey - without) / without) * 100).toFixed(1)} %`;

export async function runSecurityIdempotencyBench(env: BenchEnvironment): Promise<BenchRow[]> {
  const { app } = env;
  const registered = await app.inject({
    method: "POST",
    url: "/v1/auth/register",
    payload: {
      organization: { name: "Công ty TNHH Điện Tử Bench", roles: ["buyer"] },
      user: {
        email: "buyer@bench-example.vn",
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

  const body = (i: number) => ({
    title: `Cần ${1000 + i} thùng carton 5 lớp in 2 màu`,
    description: "Thùng xuất khẩu, giao hàng tháng",
    categories: ["packaging.corrugated-cartons"],
    specification: { text: "60 x 40 x 40 cm, sóng BC" },
    quantity: { value: 1000 + i, unit: "cartons" },
    delivery: { zoneId: "kcn-vsip-1" },
    neededBy: hcmcDate(new Date(Date.now() + 30 * day)),
    quoteDeadline: new Date(Date.now() + 10 * day).toISOString(),
  });
  const create = (withKey: boolean) => async (i: number) => {
    const response = await app.inject({
      method: "POST",
      url: "/v1/requests",
      headers: { authorization, ...(withKey ? { "idempotency-key": randomUUID() } : {}) },
      payload: body(i),
    });
    if (response.statusCode !== 201) throw new Error(`create: ${response.statusCode} ${response.body}`);
  };

  const variants = [
    { mode: "sequential", time: (run: (i: number) => Promise<void>) => timeEach(perBlock, run) },
    {
      mode: `${concurrency} concurrent`,
      time: (run: (i: number) => Promise<void>) => timeConcurrently(perBlock, concurrency, run),
    },
  ];
  const rows: BenchRow[] = [];
  for (const { mode, time } of variants) {
    await time(create(false)); // warm-up
    await time(create(true));
    const without: number[] = [];
    const withKey: number[] = [];
    for (let block = 0; block < blocks; block++) {
      // Alternate which goes first, so neither always follows the other's leftovers.
      if (block % 2 === 0) {
        without.push(...(await time(create(false))));
        withKey.push(...(await time(create(true))));
      } else {
        withKey.push(...(await time(create(true))));
        without.push(...(await time(create(false))));
      }
    }
    const plain = percentiles(without);
    const keyed = percentiles(withKey);
    rows.push(
      { suite, measure: `POST /v1/requests, ${mode}, no Idempotency-Key`, n: without.length, ...plain },
      { suite, measure: `POST /v1/requests, ${mode}, fresh Idempotency-Key`, n: withKey.length, ...keyed },
      {
        suite,
        measure: `Idempotency-Key overhead, ${mode} (p50 / p95)`,
        n: "-",
        value: `${percent(keyed.p50, plain.p50)} / ${percent(keyed.p95, plain.p95)}`,
        target: "≤ 10 %",
      },
    );
  }
  return rows;
}
