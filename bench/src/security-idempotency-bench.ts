// Security suite, idempotency part: what an Idempotency-Key costs on `POST /v1/requests` (a claimed row before the
// route runs, the stored response after it), next to the same creates without one, on the same run and app. The
// figures without a key include the route's input checks, so against an earlier run they show what input
// hygiene costs too. Drafts, so no matching job is queued: the difference is the key's alone. The two variants
// alternate request by request (each concurrent client alternates too), so load from elsewhere on the machine, a
// growing table and the process warming up weigh on both alike; blocks of 50 let a burst of load from elsewhere
// land on one variant's block and swing the difference by ±15 % between runs.
import { randomUUID } from "node:crypto";
import { accountRepository } from "@ketnoi/db";
import { hcmcDate } from "@ketnoi/domain";
import type { BenchEnvironment } from "./environment.js";
import { type BenchRow, percentiles } from "./stats.js";

const suite = "security";
/** Creates per variant and mode, after the warm-up. */
const perVariant = 1000;
const warmUp = 100;
const concurrency = 16;
const day = 86_400_000;

/**
 * Runs `n` pairs of creates, `inFlight` callers at a time, each caller alternating between the variant without a
 * key and the one with; returns each variant's latencies.
 */
async function timeAlternating(
  n: number,
  inFlight: number,
  run: (withKey: boolean, i: number) => Promise<void>,
): Promise<{ without: number[]; withKey: number[] }> {
  const without: number[] = [];
  const withKey: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async (_, caller) => {
      // Half the callers start with a key, so the two variants are in flight about equally often at every moment.
      let keyed = caller % 2 === 0;
      while (next < 2 * n) {
        const i = next++;
        keyed = !keyed;
        const start = performance.now();
        await run(keyed, i);
        (keyed ? withKey : without).push(performance.now() - start);
      }
    }),
  );
  return { without, withKey };
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
  const create = async (withKey: boolean, i: number) => {
    const response = await app.inject({
      method: "POST",
      url: "/v1/requests",
      headers: { authorization, ...(withKey ? { "idempotency-key": randomUUID() } : {}) },
      payload: body(i),
    });
    if (response.statusCode !== 201) throw new Error(`create: ${response.statusCode} ${response.body}`);
  };

  const rows: BenchRow[] = [];
  for (const [mode, inFlight] of [
    ["sequential", 1],
    [`${concurrency} concurrent`, concurrency],
  ] as const) {
    await timeAlternating(warmUp, inFlight, create);
    const { without, withKey } = await timeAlternating(perVariant, inFlight, create);
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
