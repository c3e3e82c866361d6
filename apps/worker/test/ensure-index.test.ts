// Several workers start at once in a scaled-out deployment, and each makes sure the search indexes exist with
// their settings before taking jobs: the ones that lose the race to create an index must start all the same.
import { createSearchClient, ensureIndex, supplierIndexSettings } from "@ketnoi/search";
import { testRun, uniqueName } from "@ketnoi/testing";
import { afterAll, describe, expect, it } from "vitest";

const run = testRun();
const search = createSearchClient({ url: run.meiliUrl, apiKey: run.meiliMasterKey });
const indexName = `${uniqueName("ensure")}_suppliers`;

afterAll(async () => {
  await search.client
    .deleteIndex(indexName)
    .waitTask()
    .catch(() => undefined);
});

describe("ensureIndex", () => {
  it("lets four starts that all find no index create it together, with its settings", async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 4 }, () => ensureIndex(search.client, indexName, supplierIndexSettings())),
    );
    expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);
    const settings = await search.client.index(indexName).getSettings();
    expect(settings.filterableAttributes).toContain("_geo");
    expect(await ensureIndex(search.client, indexName, supplierIndexSettings())).toBe(false);
  });
});
