import { defineConfig } from "vitest/config";

// One run for the whole workspace: a global setup prepares a migrated template database and a Meilisearch for
// the run, and every test file makes its own database, Redis prefix and index names from them.
export default defineConfig({
  resolve: { conditions: ["development"] },
  ssr: { resolve: { conditions: ["development"] } },
  test: {
    include: ["{apps,packages,scripts}/*/test/**/*.test.ts", "scripts/test/**/*.test.ts"],
    globalSetup: ["packages/testing/src/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
