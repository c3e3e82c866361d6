import { Meilisearch } from "meilisearch";

export interface SearchHandle {
  client: Meilisearch;
  /** Resolves when Meilisearch answers its health check; rejects otherwise. */
  ping(): Promise<void>;
}

export function createSearchClient(options: {
  url: string;
  apiKey: string;
  timeoutMs?: number;
}): SearchHandle {
  const client = new Meilisearch({
    host: options.url,
    apiKey: options.apiKey,
    timeout: options.timeoutMs ?? 5000,
    // Index builds and settings changes take longer than the client's 5 s default wait.
    defaultWaitOptions: { timeout: 120_000, interval: 50 },
  });
  return {
    client,
    ping: async () => {
      const health = await client.health();
      if (health.status !== "available") throw new Error(`Meilisearch status ${health.status}`);
    },
  };
}
