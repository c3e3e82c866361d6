import { describe, expect, it } from "vitest";
import { apiEnvSchema, ConfigError, loadConfig } from "../src/index.js";

const required = {
  DATABASE_URL: "postgres://postgres@127.0.0.1:5432/ketnoi",
  REDIS_URL: "redis://127.0.0.1:6379",
  MEILI_URL: "http://127.0.0.1:7700",
  MEILI_MASTER_KEY: "a-master-key-of-16+",
  SMTP_URL: "smtp://127.0.0.1:1025",
  PUBLIC_URL: "https://ketnoi.vn",
  JWT_SECRET: "x".repeat(32),
  EMAIL_LINK_SECRET: "y".repeat(32),
};

describe("CORS_ORIGINS", () => {
  it("allows no origin by default", () => {
    expect(loadConfig(apiEnvSchema, required).CORS_ORIGINS).toEqual([]);
    expect(loadConfig(apiEnvSchema, { ...required, CORS_ORIGINS: " " }).CORS_ORIGINS).toEqual([]);
  });

  it("reads a comma-separated list of origins", () => {
    const config = loadConfig(apiEnvSchema, {
      ...required,
      CORS_ORIGINS: "https://ketnoi.vn, http://localhost:3001",
    });
    expect(config.CORS_ORIGINS).toEqual(["https://ketnoi.vn", "http://localhost:3001"]);
  });

  it("refuses anything but a bare http(s) origin, naming it", () => {
    for (const bad of ["https://ketnoi.vn/", "https://ketnoi.vn/app", "*", "ketnoi.vn", "ftp://ketnoi.vn"]) {
      let thrown: unknown;
      try {
        loadConfig(apiEnvSchema, { ...required, CORS_ORIGINS: `https://ok.vn,${bad}` });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, bad).toBeInstanceOf(ConfigError);
      expect(String((thrown as Error).message), bad).toContain(`CORS_ORIGINS`);
    }
  });
});

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
