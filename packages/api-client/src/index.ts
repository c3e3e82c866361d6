// The API's contract for TypeScript callers: types generated from the committed OpenAPI document
// (`pnpm api:generate`) and a thin openapi-fetch client, so a wrong path, parameter or response field fails to
// compile instead of failing in a browser.
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };
export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** Headers sent with every request (a request id, Accept-Language). */
  headers?: Record<string, string>;
  /** A fetch of the caller's: Next passes its own so server renders can carry cache and tracing options. */
  fetch?: ClientOptions["fetch"];
}

/** A client for the API at `baseUrl` (e.g. http://127.0.0.1:3000); paths are those of the OpenAPI document. */
export function createApiClient(baseUrl: string, options: ApiClientOptions = {}): ApiClient {
  return createClient<paths>({
    baseUrl: baseUrl.replace(/\/+$/, ""),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
