// The web's only way to the API: the generated client, pointed at API_URL. Server-side only. Every call carries
// the browser's address chain in X-Forwarded-For (server.mjs appended the browser's own address to it), so the
// API, which trusts that header from the web alone (TRUSTED_PROXIES), counts per-address limits against the
// person and not against the web server.
import { type ApiClient, createApiClient } from "@ketnoi/api-client";
import { headers } from "next/headers";
import { webConfig } from "./config";

let client: ApiClient | undefined;

type Middleware = Parameters<ApiClient["use"]>[0];

/** The chain of the request being served; none outside a request (a build, a script). */
async function forwardedFor(): Promise<string | null> {
  try {
    return (await headers()).get("x-forwarded-for");
  } catch {
    return null;
  }
}

const forwardClientAddress: Middleware = {
  async onRequest({ request }) {
    const chain = await forwardedFor();
    if (chain) request.headers.set("x-forwarded-for", chain);
    return request;
  },
};

export function api(): ApiClient {
  if (!client) {
    client = createApiClient(webConfig().API_URL);
    client.use(forwardClientAddress);
  }
  return client;
}
