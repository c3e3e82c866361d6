// Which dependency an unexpected error says is away, if any: a request that fails because Postgres, Redis or
// Meilisearch is down, restarting or not answering is answered 503 naming it (clients retry; monitoring sees which),
// never 500, which means our bug.
import { isDatabaseUnavailable } from "@ketnoi/db";
import { isSearchUnavailable } from "@ketnoi/search";
import type { Dependency } from "../rate-limits/limit-errors.js";

/**
 * ioredis without an offline queue fails a command at once while disconnected ("Stream isn't writeable…",
 * "Connection is closed."), gives up after its retries (MaxRetriesPerRequestError) or times out
 * ("Command timed out").
 */
function isRedisUnavailable(error: Error): boolean {
  return (
    error.name === "MaxRetriesPerRequestError" ||
    /enableOfflineQueue|Connection is closed|Command timed out/.test(error.message)
  );
}

export function unavailableDependency(error: unknown): Dependency | undefined {
  if (isDatabaseUnavailable(error)) return "postgres";
  if (isSearchUnavailable(error)) return "meilisearch";
  if (error instanceof Error && isRedisUnavailable(error)) return "redis";
  return undefined;
}
