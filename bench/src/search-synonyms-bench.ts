// What query-time synonyms would cost and find, on the labelled suppliers (packages/match-eval): the 430 labelled
// category names as people type them are searched as queries, once on the index as the product sets it (no
// query-time synonyms: categories' synonyms are in the documents) and once with the 2,696 category synonyms it
// used to apply at query time, in one run on one index. A supplier is relevant to a name when its
// profile is filed under one of the name's codes (or under a member of a group code). Both sides also time every
// query, so the cost and the recall are read side by side.
import { randomBytes } from "node:crypto";
import { createDb, dropDatabase, ensureDatabase, loadZones, migrateDatabase } from "@ketnoi/db";
import { categorySynonymGroups, expandCategoryCodes } from "@ketnoi/domain";
import { insertLabelledSuppliers, labelledCategoryNames, mean } from "@ketnoi/match-eval";
import { assertSucceeded, synonymsFromGroups } from "@ketnoi/search";
import { reindexSuppliers } from "@ketnoi/worker";
import type { BenchEnvironment } from "./environment.js";
import { type BenchRow, percentiles } from "./stats.js";

const suite = "search synonyms";
const depth = 20;
/** The bench's free-text queries (supplier-queries.ts), for hit counts both ways. */
const sampleQueries = [
  "thung carton 5 lop",
  "thùng carton 5 lớp",
  "5-ply corrugated carton",
  "gia cong cnc",
  "injection molding ISO 9001",
  "bao bi giay",
  "tem nhãn decal",
  "wire harness",
];

interface Pass {
  recall: number[];
  precision: number[];
  times: number[];
  byWriting: Map<string, number[]>;
  hits: Map<string, number>;
}

export async function runSearchSynonymsBench(env: BenchEnvironment): Promise<BenchRow[]> {
  const prefix = `${env.apiEnvironment.NAMESPACE}_synonyms`;
  const databaseUrl = new URL(env.apiEnvironment.DATABASE_URL);
  databaseUrl.pathname = `/${prefix}`;
  await ensureDatabase(databaseUrl.toString());
  await migrateDatabase(databaseUrl.toString());
  const database = createDb(databaseUrl.toString(), { maxConnections: 4 });
  const client = env.deps.search.client;
  const indexName = `${prefix}_${randomBytes(3).toString("hex")}_suppliers`;
  try {
    await loadZones(database.db);
    await insertLabelledSuppliers(database.db);
    await reindexSuppliers({
      db: database.db,
      search: env.deps.search,
      indexName,
      now: () => new Date(),
    });
    const index = client.index(indexName);
    const codesOf = new Map<string, string[]>();
    for (const hit of (await index.search("", { limit: 1000, attributesToRetrieve: ["id", "categoryCodes"] }))
      .hits) {
      codesOf.set(String(hit.id), (hit.categoryCodes as string[] | undefined) ?? []);
    }

    const runPass = async (): Promise<Pass> => {
      const pass: Pass = { recall: [], precision: [], times: [], byWriting: new Map(), hits: new Map() };
      for (const name of labelledCategoryNames) {
        const wanted = new Set(expandCategoryCodes([...name.expected]).codes.concat(name.expected));
        const relevant = [...codesOf]
          .filter(([, codes]) => codes.some((c) => wanted.has(c)))
          .map(([id]) => id);
        if (relevant.length === 0) continue;
        const started = performance.now();
        const found = await index.search(name.text, { limit: depth, attributesToRetrieve: ["id"] });
        pass.times.push(performance.now() - started);
        const ids = found.hits.map((hit) => String(hit.id));
        const relevantSet = new Set(relevant);
        const recall = ids.filter((id) => relevantSet.has(id)).length / Math.min(relevant.length, depth);
        pass.recall.push(recall);
        pass.precision.push(ids.slice(0, 10).filter((id) => relevantSet.has(id)).length / 10);
        const writing = pass.byWriting.get(name.writing) ?? [];
        writing.push(recall);
        pass.byWriting.set(name.writing, writing);
      }
      for (const query of sampleQueries) {
        pass.hits.set(query, (await index.search(query, { limit: 0 })).estimatedTotalHits ?? 0);
      }
      return pass;
    };

    const asSet = await runPass();
    const synonyms = synonymsFromGroups(categorySynonymGroups());
    assertSucceeded(await index.updateSettings({ synonyms }).waitTask(), "applying category synonyms");
    const withSynonyms = await runPass();

    const f3 = (values: number[]) => mean(values).toFixed(3);
    const rows: BenchRow[] = [];
    for (const [label, pass] of [
      ["as the product sets it (no query-time synonyms)", asSet],
      [`${Object.keys(synonyms).length} category synonyms at query time (before)`, withSynonyms],
    ] as const) {
      const writing = [...pass.byWriting].map(([w, r]) => `${w} ${f3(r)}`).join(" · ");
      rows.push({
        suite,
        measure: `${label}: labelled names as queries`,
        n: pass.recall.length,
        ...percentiles(pass.times),
        value: `recall@${depth} ${f3(pass.recall)} (${writing}) · P@10 ${f3(pass.precision)}`,
      });
      rows.push({
        suite,
        measure: `${label}: hits of the sample queries`,
        n: sampleQueries.length,
        value: sampleQueries.map((q) => `"${q}" ${pass.hits.get(q)}`).join(", "),
      });
    }
    return rows;
  } finally {
    await client
      .deleteIndex(indexName)
      .waitTask()
      .catch(() => undefined);
    await database.close();
    await dropDatabase(databaseUrl.toString());
  }
}
