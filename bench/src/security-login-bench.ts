// Security, login part: how long the real owner waits to log in while 50 addresses keep guessing the password of
// the same account, all at once and without pause (each attacker sends its next guess as soon as the last one is
// answered, ignoring Retry-After), from a process of their own. The API runs as its own process behind a trusted
// proxy (the bench, which sets X-Forwarded-For), over HTTP, as it would in production.
import { fork } from "node:child_process";
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { startApiProcess } from "./api-process.js";
import type { BenchEnvironment } from "./environment.js";
import type { AttackerOrders } from "./login-attackers.js";
import { type BenchRow, percentiles, timeEach } from "./stats.js";

const suite = "security";
const attackers = 50;
const ownerLogins = 100;

export async function runSecurityLoginBench(env: BenchEnvironment): Promise<BenchRow[]> {
  const api = await startApiProcess(env, { TRUSTED_PROXIES: "127.0.0.1" });
  try {
    return await measure(api.url, api.process.pid ?? 0);
  } finally {
    await api.stop();
  }
}

/** CPU seconds the process has used so far (user + system; /proc counts in ticks of 1/100 s). */
async function cpuSeconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, "utf8")).split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function measure(apiUrl: string, apiPid: number): Promise<BenchRow[]> {
  const email = "chu.so.huu@security-bench.vn";
  const password = "mây trắng bay qua đồi thông 2026";
  const ownerAddress = "10.51.0.1";
  const post = (path: string, body: unknown, clientAddress: string) =>
    fetch(`${apiUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": clientAddress },
      body: JSON.stringify(body),
    });

  const registered = await post(
    "/v1/auth/register",
    {
      organization: { name: "Security Bench Co", roles: ["buyer"] },
      user: { email, name: "Chủ Sở Hữu", password, language: "vi" },
    },
    ownerAddress,
  );
  if (registered.status !== 201) throw new Error(`register: ${registered.status} ${await registered.text()}`);

  const ownerLogin = async () => {
    const response = await post("/v1/auth/login", { email, password }, ownerAddress);
    const body = await response.text();
    if (response.status !== 200) throw new Error(`the owner could not log in: ${response.status} ${body}`);
  };

  // The owner has logged in from their address before; that is what lets them in past the account-wide ceiling.
  await ownerLogin();
  const quiet = await timeEach(30, ownerLogin);

  const started = performance.now();
  const cpuBefore = await cpuSeconds(apiPid);
  const attackersProcess = fork(fileURLToPath(new URL("./login-attackers.ts", import.meta.url)), {
    execArgv: ["--import", "tsx"],
  });
  attackersProcess.send({ start: { apiUrl, email, attackers } satisfies AttackerOrders });
  await once(attackersProcess, "message");
  let underAttack: number[];
  let outcomes: Record<string, number>;
  try {
    underAttack = await timeEach(ownerLogins, ownerLogin);
  } finally {
    attackersProcess.send({ stop: true });
    [outcomes] = (await once(attackersProcess, "message")) as [Record<string, number>];
  }
  const seconds = (performance.now() - started) / 1000;
  // On a shared machine the API may get only part of a core; the latencies above scale with that share.
  const apiCpuShare = (await cpuSeconds(apiPid)) - cpuBefore;
  const guesses = Object.values(outcomes).reduce((sum, n) => sum + n, 0);
  const breakdown = Object.entries(outcomes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([outcome, n]) => `${outcome}: ${n}`)
    .join(", ");

  return [
    { suite, measure: "owner login over HTTP, nobody attacking", n: quiet.length, ...percentiles(quiet) },
    {
      suite,
      measure: `owner login while ${attackers} addresses guess the same account's password`,
      n: underAttack.length,
      ...percentiles(underAttack),
      target: "p95 ≤ 500 ms, every owner login 200",
    },
    {
      suite,
      measure: "attackers' guesses meanwhile",
      n: guesses,
      value: `${(guesses / seconds).toFixed(0)}/s; ${breakdown}; API process used ${((100 * apiCpuShare) / seconds).toFixed(0)} % of a core`,
    },
  ];
}
