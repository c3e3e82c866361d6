// Security, login part: how long the real owner waits to log in while 50 addresses keep guessing the password of
// the same account, all at once and without pause (each attacker sends its next guess as soon as the last one is
// answered, ignoring Retry-After). The API runs as its own process behind a trusted proxy (this bench, which sets
// X-Forwarded-For), over HTTP, as it would in production.
import { startApiProcess } from "./api-process.js";
import type { BenchEnvironment } from "./environment.js";
import { type BenchRow, percentiles, timeEach } from "./stats.js";

const suite = "security";
const attackers = 50;
const ownerLogins = 100;

export async function runSecurityLoginBench(env: BenchEnvironment): Promise<BenchRow[]> {
  const api = await startApiProcess(env, { TRUSTED_PROXIES: "127.0.0.1" });
  try {
    return await measure(api.url);
  } finally {
    await api.stop();
  }
}

async function measure(apiUrl: string): Promise<BenchRow[]> {
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

  const outcomes = new Map<string, number>();
  let attacking = true;
  const attack = async (index: number) => {
    const address = `10.50.${Math.floor(index / 250)}.${(index % 250) + 1}`;
    for (let guess = 0; attacking; guess++) {
      const response = await post("/v1/auth/login", { email, password: `wrong guess ${guess}` }, address);
      const body = (await response.json()) as { limit?: string };
      const outcome = response.status === 429 ? `429 ${body.limit}` : String(response.status);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
  };
  const started = performance.now();
  const attacks = Array.from({ length: attackers }, (_, i) => attack(i));
  let underAttack: number[];
  try {
    underAttack = await timeEach(ownerLogins, ownerLogin);
  } finally {
    attacking = false;
    await Promise.all(attacks);
  }
  const seconds = (performance.now() - started) / 1000;
  const guesses = [...outcomes.values()].reduce((sum, n) => sum + n, 0);
  const breakdown = [...outcomes.entries()]
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
      value: `${(guesses / seconds).toFixed(0)}/s; ${breakdown}`,
    },
  ];
}
