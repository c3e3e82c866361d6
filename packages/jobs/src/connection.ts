import { Redis, type RedisOptions } from "ioredis";

/** Workers block on Redis and must retry forever (BullMQ requires maxRetriesPerRequest: null). */
export function createWorkerConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}

/**
 * Producers and request handlers should fail fast when Redis is away instead of queueing commands forever:
 * an API request then fails with 503, it does not hang.
 */
export function createProducerConnection(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 5000,
    ...options,
  });
}
