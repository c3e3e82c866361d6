// Fixed-window attempt counters in Redis, shared by every API instance. Used for login and password reset, where
// the limit must hold per client address and per account at once (one attacker, many accounts; many addresses,
// one account).

import { DomainError } from "@ketnoi/domain";
import type { Redis } from "ioredis";

export interface Limit {
  max: number;
  windowSeconds: number;
}

export class AttemptLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /** Counts one attempt under each key; throws rate_limited (429) when any key is over its limit. */
  async consume(checks: { key: string; limit: Limit }[]): Promise<void> {
    const pipeline = this.redis.multi();
    for (const { key, limit } of checks) {
      const redisKey = `${this.prefix}:rl:${key}`;
      pipeline.incr(redisKey);
      pipeline.expire(redisKey, limit.windowSeconds, "NX");
      pipeline.ttl(redisKey);
    }
    const results = (await pipeline.exec()) ?? [];
    let retryAfter = 0;
    checks.forEach(({ limit }, i) => {
      const count = Number(results[i * 3]?.[1] ?? 0);
      const ttl = Number(results[i * 3 + 2]?.[1] ?? limit.windowSeconds);
      if (count > limit.max) retryAfter = Math.max(retryAfter, ttl > 0 ? ttl : limit.windowSeconds);
    });
    if (retryAfter > 0) throw new RateLimitedError(retryAfter);
  }
}

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super("rate_limited", `Too many attempts; try again in ${retryAfterSeconds} seconds`);
  }
}
