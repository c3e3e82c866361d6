// What erasing a person needs besides Postgres: the keyed hash their address is remembered by (so nobody emails
// it again), and the Redis counters kept under their account key (login throttling, sign-in unlocks).
import { createHmac } from "node:crypto";
import type { Redis } from "ioredis";
import { askRedis } from "../rate-limits/limit-errors.js";
import { accountKey } from "../rate-limits/limit-keys.js";

/** A keyed hash, so the list of erased addresses cannot be checked against guesses without the secret. */
export function erasedEmailHash(email: string, secret: string): string {
  return createHmac("sha256", secret).update(`erased-email:${email.trim().toLowerCase()}`).digest("hex");
}

/** Deletes every Redis key of this app that counts the account; 503 (redis) when Redis does not answer. */
export async function forgetAccountInRedis(redis: Redis, prefix: string, email: string): Promise<number> {
  const pattern = `${prefix}:*${accountKey(email)}*`;
  return askRedis(async () => {
    let cursor = "0";
    let deleted = 0;
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== "0");
    return deleted;
  });
}
