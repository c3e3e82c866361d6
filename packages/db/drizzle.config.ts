import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` is used: migrations are generated, reviewed and committed; never pushed.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./migrations",
});
