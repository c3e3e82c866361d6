// `pnpm api:generate`: rebuilds packages/api-client from the API's current routes. Builds the app in-process
// against a throwaway migrated database (dropped afterwards), so no API, Meilisearch or SMTP needs to run.
import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { databaseToolEnvSchema, loadConfigOrExit, loadDotEnvIfPresent, seedEnvSchema } from "@ketnoi/config";
import { dropDatabase, ensureDatabase, migrateDatabase } from "@ketnoi/db";
import { apiClientFiles, renderApiClientFiles } from "./api-client/client-files.js";
import { buildOpenApiDocument } from "./api-client/openapi-document.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
loadDotEnvIfPresent(join(repoRoot, ".env"));
const { DATABASE_URL } = loadConfigOrExit(databaseToolEnvSchema);
const { REDIS_URL } = loadConfigOrExit(seedEnvSchema.pick({ REDIS_URL: true }));

const scratch = new URL(DATABASE_URL);
scratch.pathname = `/ketnoi_openapi_${randomBytes(4).toString("hex")}`;
const scratchUrl = scratch.toString();

await ensureDatabase(scratchUrl);
try {
  await migrateDatabase(scratchUrl);
  const document = await buildOpenApiDocument({ databaseUrl: scratchUrl, redisUrl: REDIS_URL });
  const files = await renderApiClientFiles(document);
  await writeFile(join(repoRoot, apiClientFiles.document), files.document);
  await writeFile(join(repoRoot, apiClientFiles.types), files.types);
  const paths = Object.keys((document.paths as Record<string, unknown> | undefined) ?? {}).length;
  console.log(`wrote ${apiClientFiles.document} (${paths} paths) and ${apiClientFiles.types}`);
} finally {
  await dropDatabase(scratchUrl);
}
