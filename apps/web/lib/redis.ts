// The web server's Redis connection (sessions and their refresh locks), opened on first use.
import { Redis } from "ioredis";
import { webConfig } from "./config";

let redis: Redis | undefined;

export function webRedis(): Redis {
  // Commands wait for the first connection; while Redis is away they fail after one retry, so a page errors (and
  // says so) instead of hanging.
  redis ??= new Redis(webConfig().REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 3_000 });
  return redis;
}
