import { inject } from "vitest";

/** What the global setup hands to every test file. */
export interface TestRunEnvironment {
  runId: string;
  maintenanceDatabaseUrl: string;
  /** Every database this run creates starts with it, so teardown (or a later run) can find leftovers. */
  databasePrefix: string;
  templateDatabase: string;
  redisUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    testRun: TestRunEnvironment;
  }
}

export function testRun(): TestRunEnvironment {
  return inject("testRun");
}
