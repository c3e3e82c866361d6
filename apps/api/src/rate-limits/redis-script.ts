// A Lua script sent to Redis by its SHA-1 (EVALSHA), and in full only when the server does not have it yet
// (after a restart or SCRIPT FLUSH): the limit checks run on every login and need not ship their text each time.
import { createHash } from "node:crypto";
import type { Redis } from "ioredis";

export class RedisScript {
  private readonly sha: string;

  constructor(
    private readonly source: string,
    private readonly keyCount: number,
  ) {
    this.sha = createHash("sha1").update(source).digest("hex");
  }

  async run(redis: Redis, keys: string[], args: (string | number)[]): Promise<unknown> {
    if (keys.length !== this.keyCount)
      throw new Error(`script takes ${this.keyCount} keys, got ${keys.length}`);
    try {
      return await redis.evalsha(this.sha, this.keyCount, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
      return await redis.eval(this.source, this.keyCount, ...keys, ...args);
    }
  }
}
