import { describe, expect, it } from "vitest";
import { apiEnvSchema, ConfigError, loadConfig } from "../src/index.js";

const required = {
  DATABASE_URL: "postgres://postgres@127.0.0.1:5432/ketnoi",
  REDIS_URL: "redis://127.0.0.1:6379",
  MEILI_URL: "http://127.0.0.1:7700",
  MEILI_MASTER_KEY: "a-master-key-of-16-plus",
  SMTP_URL: "smtp://127.0.0.1:1025",
  PUBLIC_URL: "http://localhost:3000",
  JWT_SECRET: "a-jwt-secret-that-is-at-least-32-characters",
  EMAIL_LINK_SECRET: "an-email-link-secret-of-at-least-32-chars",
};

describe("TRUSTED_PROXIES", () => {
  it("trusts no proxy when unset", () => {
    expect(loadConfig(apiEnvSchema, required).TRUSTED_PROXIES).toEqual([]);
  });

  it("reads addresses, CIDR ranges and proxy-addr's names, comma-separated", () => {
    const config = loadConfig(apiEnvSchema, {
      ...required,
      TRUSTED_PROXIES: "10.0.0.5, 172.16.0.0/12,fd00::/8 ,loopback",
    });
    expect(config.TRUSTED_PROXIES).toEqual(["10.0.0.5", "172.16.0.0/12", "fd00::/8", "loopback"]);
  });

  it.each(["true", "10.0.0.0/33", "proxy.internal", "10.0.0.1/8/2"])(
    "refuses %s, naming the variable",
    (value) => {
      expect(() => loadConfig(apiEnvSchema, { ...required, TRUSTED_PROXIES: value })).toThrow(ConfigError);
      expect(() => loadConfig(apiEnvSchema, { ...required, TRUSTED_PROXIES: value })).toThrow(
        /TRUSTED_PROXIES/,
      );
    },
  );
});
