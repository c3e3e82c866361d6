// packages/api-client must describe the API as it is: the committed OpenAPI document and the types generated
// from it are rebuilt in memory from the real app and compared byte for byte.
import { fileURLToPath } from "node:url";
import { createTestDatabase, testRun } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCommittedApiClientFiles, renderApiClientFiles } from "../src/api-client/client-files.js";
import { buildOpenApiDocument } from "../src/api-client/openapi-document.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const regenerate = "out of date: run `pnpm api:generate` and commit packages/api-client";
let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe("packages/api-client", () => {
  it("holds the OpenAPI document and types of the API's current routes", async () => {
    const document = await buildOpenApiDocument({ databaseUrl: database.url, redisUrl: testRun().redisUrl });
    const expected = await renderApiClientFiles(document);
    const committed = await readCommittedApiClientFiles(repoRoot);
    expect(committed.document === expected.document, `openapi.json is ${regenerate}`).toBe(true);
    expect(committed.types === expected.types, `src/schema.ts is ${regenerate}`).toBe(true);
  });

  it("describes the API's search and profile operations the web relies on", async () => {
    const committed = JSON.parse((await readCommittedApiClientFiles(repoRoot)).document) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(committed.openapi).toBe("3.1.0");
    expect(Object.keys(committed.paths)).toEqual(
      expect.arrayContaining(["/v1/suppliers/search", "/v1/suppliers/{id}"]),
    );
  });
});
