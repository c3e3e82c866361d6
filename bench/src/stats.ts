/** Latency percentiles of a sample, in milliseconds. */
export function percentiles(samples: number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? Number.NaN };
}

export interface BenchRow {
  suite: string;
  measure: string;
  n: number | string;
  p50?: number;
  p95?: number;
  p99?: number;
  value?: string;
  target?: string;
}

export function printTable(rows: BenchRow[]): void {
  const fmt = (v: number | undefined) => (v === undefined ? "" : v.toFixed(2));
  const table = rows.map((r) => ({
    suite: r.suite,
    measure: r.measure,
    n: String(r.n),
    "p50 ms": fmt(r.p50),
    "p95 ms": fmt(r.p95),
    "p99 ms": fmt(r.p99),
    value: r.value ?? "",
    target: r.target ?? "",
  }));
  const headers = Object.keys(table[0] ?? {}) as (keyof (typeof table)[number])[];
  const widths = headers.map((h) => Math.max(h.length, ...table.map((row) => row[h].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of table) console.log(line(headers.map((h) => row[h])));
}

export async function timeEach(n: number, run: (i: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return samples;
}
