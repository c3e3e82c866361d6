// The API's own path to Meilisearch for supplier search (`searchIndex` in packages/search: node:http with kept-alive
// connections instead of the client library's fetch): the same answer as the library gives, a connection that
// outlives a Meilisearch restart, and failures told apart as the API needs (unreachable → 503, our bad request not).
import { assertSucceeded, createSearchClient, isSearchUnavailable, type SearchHandle } from "@ketnoi/search";
import { type PrivateMeilisearch, startPrivateMeilisearch } from "@ketnoi/testing/meilisearch-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let meili: PrivateMeilisearch;
let search: SearchHandle;
const indexName = "connection_test_suppliers";

beforeAll(async () => {
  meili = await startPrivateMeilisearch();
  search = createSearchClient({ url: meili.url, apiKey: meili.masterKey, timeoutMs: 2000 });
  const index = search.client.index(indexName);
  assertSucceeded(
    await index
      .addDocuments(
        [
          { id: "a", name: "Thùng carton 5 lớp Phú Cường", province: "Binh Duong" },
          { id: "b", name: "Gia công CNC Minh Phát", province: "Dong Nai" },
          { id: "c", name: "Bao bì carton Sóng Thần", province: "Binh Duong" },
        ],
        { primaryKey: "id" },
      )
      .waitTask(),
    "adding documents",
  );
  assertSucceeded(await index.updateSettings({ filterableAttributes: ["province"] }).waitTask(), "settings");
}, 120_000);
afterAll(async () => {
  await meili?.destroy();
});

const params = {
  q: "carton",
  filter: ['province = "Binh Duong"'],
  facets: ["province"],
  attributesToHighlight: ["name"],
  page: 1,
  hitsPerPage: 10,
};

describe("searchIndex", () => {
  it("answers what the client library answers", async () => {
    const { q, ...rest } = params;
    const library = await search.client.index(indexName).search(q, rest);
    const own = await search.searchIndex<{ id: string }>(indexName, params);
    expect(own.hits.map((hit) => hit.id)).toEqual(["a", "c"]);
    expect({ ...own, processingTimeMs: 0 }).toEqual({ ...library, processingTimeMs: 0 });
  });

  it("keeps working when Meilisearch restarts under its kept-alive connection", async () => {
    expect((await search.searchIndex(indexName, params)).totalHits).toBe(2);
    await meili.stop();
    await meili.start();
    expect((await search.searchIndex(indexName, params)).totalHits).toBe(2);
  });

  it("reports a stopped Meilisearch as unavailable, and a request it refuses as our error", async () => {
    await meili.stop();
    const stopped = await search.searchIndex(indexName, params).catch((error: unknown) => error);
    await meili.start();
    expect(isSearchUnavailable(stopped)).toBe(true);

    const refused = await search
      .searchIndex(indexName, { ...params, filter: ["nowhere = 1"] })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 400 });
    expect(String((refused as Error).message)).toContain("invalid_search_filter");
    expect(isSearchUnavailable(refused)).toBe(false);
  });
});
