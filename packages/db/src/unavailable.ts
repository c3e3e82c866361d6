// Tells "the database is not there" (stopped, restarting, refusing connections, the connection dropped) from
// every other failure: the API answers the first with 503 naming postgres, the second stays a 500 (our bug).

/** Driver codes (postgres.js, Node's socket errors) and SQLSTATEs that mean the server cannot serve us now. */
const unavailableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  // Not CONNECTION_ENDED or CONNECTION_DESTROYED: those mean this process closed its own pool.
  "CONNECTION_CLOSED",
  "CONNECT_TIMEOUT",
  // admin_shutdown, crash_shutdown, cannot_connect_now (starting up, shutting down, in recovery)
  "57P01",
  "57P02",
  "57P03",
  "53300", // too_many_connections
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);

/** Whether the error (or one it wraps, as Drizzle's query errors do) says the database is unavailable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && unavailableCodes.has(code)) return true;
    current = current.cause;
  }
  return false;
}
