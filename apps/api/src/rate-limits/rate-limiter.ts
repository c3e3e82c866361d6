// Fixed-window counters in Redis, shared by every API instance, for the limits of `rateLimits`. Several checks
// count together (per address and per account at once: one attacker, many accounts; many addresses, one account).

import type { Redis } from "ioredis";
import { askRedis, RateLimitedError } from "./limit-errors.js";
import { type RateLimitName, rateLimits } from "./rate-limits.js";

export interface LimitCheck {
  limit: RateLimitName;
  /** Who is counted: an address (`addressKey`), an account (`accountKey`), an organisation id… */
  key: string;
}

export class AttemptLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /**
   * Counts one attempt under each check; throws RateLimitedError (429) naming the limit that is over, or
   * DependencyUnavailableError (503) when Redis does not answer.
   */
  async consume(checks: LimitCheck[]): Promise<void> {
    const results = await askRedis(async () => {
      const pipeline = this.redis.multi();
      for (const check of checks) {
        const redisKey = this.redisKey(check);
        pipeline.incr(redisKey);
        pipeline.expire(redisKey, rateLimits[check.limit].windowSeconds, "NX");
        pipeline.ttl(redisKey);
      }
      return (await pipeline.exec()) ?? [];
    });
    let over: { limit: RateLimitName; retryAfter: number } | undefined;
    for (const [i, check] of checks.entries()) {
      const { max, windowSeconds } = rateLimits[check.limit];
      const [countError, count] = results[i * 3] ?? [];
      const [, ttl] = results[i * 3 + 2] ?? [];
      if (countError) throw countError;
      if (Number(count) <= max) continue;
      const retryAfter = Number(ttl) > 0 ? Number(ttl) : windowSeconds;
      if (!over || retryAfter > over.retryAfter) over = { limit: check.limit, retryAfter };
    }
    if (over) throw new RateLimitedError(over.limit, over.retryAfter);
  }

  private redisKey(check: LimitCheck): string {
    return `${this.prefix}:rl:${check.limit}:${check.key}`;
  }
}
