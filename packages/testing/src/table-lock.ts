// Holds a table so writes to it wait while reads go on: a test parks a use case at its write (after the checks
// that come before it) to change the world at exactly that moment, such as taking a dependency away.
import postgres from "postgres";

export interface TableLock {
  /** Resolves once some other session waits to write to the table. */
  writerWaiting(timeoutMs?: number): Promise<void>;
  /** Lets the waiting writes go on, and closes the connection. */
  release(): Promise<void>;
}

/** Takes `table` of the database at `url` in EXCLUSIVE mode (it conflicts with writes, not with plain reads). */
export async function lockTableForWrites(url: string, table: string): Promise<TableLock> {
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let locked = () => {};
  const holding = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const holder = sql.begin(async (tx) => {
    await tx.unsafe(`lock table "${table.replaceAll('"', '""')}" in exclusive mode`);
    locked();
    await released;
  });
  await Promise.race([holding, holder]);
  return {
    writerWaiting: async (timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [row] = await sql<{ n: number }[]>`
          select count(*)::int as n from pg_locks where not granted and relation = ${table}::regclass`;
        if ((row?.n ?? 0) > 0) return;
        if (Date.now() > deadline) throw new Error(`nobody waited to write to ${table}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    release: async () => {
      release();
      await holder;
      await sql.end({ timeout: 5 });
    },
  };
}
