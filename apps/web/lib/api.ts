// The web's only way to the API: the generated client, pointed at API_URL. Server-side only.
import { type ApiClient, createApiClient } from "@ketnoi/api-client";
import { webConfig } from "./config";

let client: ApiClient | undefined;

export function api(): ApiClient {
  client ??= createApiClient(webConfig().API_URL);
  return client;
}
