// The web server's configuration, validated once per process by the shared schema (packages/config reads the
// environment; nothing here does). Read at request time, so one build serves any API_URL.
import { loadConfig, type WebConfig, webEnvSchema } from "@ketnoi/config";

let config: WebConfig | undefined;

export function webConfig(): WebConfig {
  config ??= loadConfig(webEnvSchema);
  return config;
}
