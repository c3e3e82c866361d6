import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import {
  Meilisearch,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type SearchParams,
  type SearchResponse,
} from "meilisearch";

export interface SearchHandle {
  client: Meilisearch;
  /** Resolves when Meilisearch answers its health check; rejects otherwise. */
  ping(): Promise<void>;
  /**
   * One search on one index, the API's hot path: over node:http with kept-alive connections rather than the client
   * library's `fetch`, which cost 2.2 ms of CPU a search against 0.9 ms, answer parsed included (issue #16).
   * Fails with the client library's request errors (unreachable, timed out), so `isSearchUnavailable` reads them.
   */
  searchIndex<T>(indexName: string, params: SearchParams): Promise<SearchResponse<T>>;
}

export function createSearchClient(options: {
  url: string;
  apiKey: string;
  timeoutMs?: number;
}): SearchHandle {
  const timeoutMs = options.timeoutMs ?? 5000;
  const client = new Meilisearch({
    host: options.url,
    apiKey: options.apiKey,
    timeout: timeoutMs,
    // Node's fetch asks for brotli or gzip, and Meilisearch then compresses every answer (brotli) for the client to
    // inflate it again: CPU on both sides for bytes that only cross the loopback or a private network. A search
    // answer is tens of kilobytes; a CPU profile of the API under the search bench spent 8 % of its time in zlib.
    requestInit: { headers: { "Accept-Encoding": "identity" } },
    // Index builds and settings changes take longer than the client's 5 s default wait.
    defaultWaitOptions: { timeout: 120_000, interval: 50 },
  });
  const searchIndex = indexSearcher(new URL(options.url), options.apiKey, timeoutMs);
  return {
    client,
    ping: async () => {
      const health = await client.health();
      if (health.status !== "available") throw new Error(`Meilisearch status ${health.status}`);
    },
    searchIndex: <T>(indexName: string, params: SearchParams) =>
      searchIndex(indexName, params) as Promise<SearchResponse<T>>,
  };
}

/** An error status from Meilisearch, with its answer ("invalid_search_filter", …). */
export class SearchAnswerError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`Meilisearch answered ${status}: ${body.slice(0, 300)}`);
    this.name = "SearchAnswerError";
  }
}

function indexSearcher(base: URL, apiKey: string, timeoutMs: number) {
  const https = base.protocol === "https:";
  const request = https ? httpsRequest : httpRequest;
  const agent = https ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  const prefix = base.pathname.replace(/\/$/, "");
  const headers = { authorization: `Bearer ${apiKey}`, "content-type": "application/json" };

  const post = (path: string, body: string) =>
    new Promise<unknown>((resolve, reject) => {
      const url = `${base.origin}${prefix}${path}`;
      const req = request(
        {
          agent,
          protocol: base.protocol,
          hostname: base.hostname,
          port: base.port,
          path: `${prefix}${path}`,
          method: "POST",
          headers: { ...headers, "content-length": Buffer.byteLength(body) },
          timeout: timeoutMs,
        },
        (response: IncomingMessage) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => {
            text += chunk;
          });
          // The connection lost in the middle of an answer: Meilisearch went away, as when it cannot be reached.
          response.on("error", (error) => reject(new MeilisearchRequestError(url, error)));
          response.on("end", () => {
            const status = response.statusCode ?? 0;
            if (status < 200 || status >= 300) return reject(new SearchAnswerError(status, text));
            try {
              resolve(JSON.parse(text));
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      req.on("timeout", () => {
        req.destroy(new MeilisearchRequestTimeOutError(timeoutMs, { method: "POST" }));
      });
      req.on("error", (error) => {
        // A kept-alive connection the server closed while it idled fails on its next use; a search changes
        // nothing, so it is sent once more on a fresh connection.
        if (req.reusedSocket && (error as NodeJS.ErrnoException).code === "ECONNRESET") {
          post(path, body).then(resolve, reject);
          return;
        }
        reject(
          error instanceof MeilisearchRequestTimeOutError ? error : new MeilisearchRequestError(url, error),
        );
      });
      req.end(body);
    });

  return (indexName: string, params: SearchParams) =>
    post(`/indexes/${encodeURIComponent(indexName)}/search`, JSON.stringify(params));
}
