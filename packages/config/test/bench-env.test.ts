import { describe, expect, it } from "vitest";
import { benchEnvSchema, ConfigError, loadConfig } from "../src/index.js";

describe("BENCH_SUITES", () => {
  it("runs every suite when unset or empty", () => {
    expect(loadConfig(benchEnvSchema, {}).BENCH_SUITES).toBeUndefined();
    expect(loadConfig(benchEnvSchema, { BENCH_SUITES: "" }).BENCH_SUITES).toBeUndefined();
  });

  it("reads a comma-separated list, spaces allowed", () => {
    expect(loadConfig(benchEnvSchema, { BENCH_SUITES: "matching, reverse" }).BENCH_SUITES).toEqual([
      "matching",
      "reverse",
    ]);
    expect(loadConfig(benchEnvSchema, { BENCH_SUITES: "security" }).BENCH_SUITES).toEqual(["security"]);
  });

  it("knows the security suite", () => {
    expect(loadConfig(benchEnvSchema, { BENCH_SUITES: "security" }).BENCH_SUITES).toEqual(["security"]);
  });

  it("refuses an unknown suite, naming it and the known ones", () => {
    let thrown: unknown;
    try {
      loadConfig(benchEnvSchema, { BENCH_SUITES: "matching,speed" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as Error).message).toMatch(
      /BENCH_SUITES.*unknown suite speed; known: foundation, suppliers/,
    );
  });
});
