// What a limit check can end in besides "go ahead": over a limit (429), or unable to tell because Redis, where
// the counters live, does not answer (503). Limits fail closed: without Redis nothing they guard goes through.
import { DomainError } from "@ketnoi/domain";
import { ReplyError } from "ioredis";

export class RateLimitedError extends DomainError {
  constructor(
    /** The limit's name in the table (`rateLimits`), reported in the problem's `limit`. */
    readonly limit: string,
    readonly retryAfterSeconds: number,
    message = `Too many attempts; try again in ${retryAfterSeconds} seconds`,
  ) {
    super("rate_limited", message);
  }
}

/** What the API depends on, named as `/ready` names them. */
export type Dependency = "postgres" | "redis" | "meilisearch";

export class DependencyUnavailableError extends DomainError {
  constructor(
    /** Reported in the problem's `dependency`, as `/ready` names it. */
    readonly dependency: Dependency,
    readonly retryAfterSeconds = 5,
  ) {
    super("service_unavailable", `${dependency} is not answering; try again shortly`);
  }
}

/**
 * Runs a Redis call for a limit check. Connection failures, a full offline queue and command timeouts mean Redis
 * is away: 503 naming it. A reply error (a broken script) is our bug and stays a 500.
 */
export async function askRedis<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ReplyError) throw error;
    throw new DependencyUnavailableError("redis");
  }
}
