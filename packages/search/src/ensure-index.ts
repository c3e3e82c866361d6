import type { Meilisearch, Settings, Task } from "meilisearch";

/** Meilisearch resolves waits for failed tasks too; a failed write must not look like a success. */
export function assertSucceeded(task: Task, what: string): Task {
  if (task.status !== "succeeded") {
    throw new Error(`Meilisearch ${what} ${task.status}: ${task.error?.message ?? "no error message"}`);
  }
  return task;
}

/** Lists whose order is meaning (attribute priority, rule order); every other list is a set to Meilisearch. */
const orderedLists = new Set(["searchableAttributes", "rankingRules"]);

const isEmpty = (value: unknown) =>
  value === null ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === "object" && value !== null && Object.keys(value).length === 0);

/**
 * Whether the server's settings already are the desired ones. Meilisearch answers sets in its own order and adds
 * keys of its own with empty defaults (typoTolerance.disableOnWords); neither is a difference. Reapplying
 * unchanged settings is not free: a changed attribute list makes Meilisearch reindex every document.
 */
export function sameSettings(actual: unknown, desired: unknown, key = ""): boolean {
  if (Array.isArray(desired)) {
    if (!Array.isArray(actual) || actual.length !== desired.length) return false;
    const allStrings = desired.every((v) => typeof v === "string");
    if (allStrings && !orderedLists.has(key)) {
      const have = new Set(actual);
      return desired.every((v) => have.has(v));
    }
    return desired.every((v, i) => sameSettings(actual[i], v));
  }
  if (desired !== null && typeof desired === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
    const have = actual as Record<string, unknown>;
    const want = desired as Record<string, unknown>;
    const extra = Object.keys(have).filter((k) => !(k in want));
    // Keys only the server has must be its empty defaults; in a map (synonyms) any other key is a difference.
    return (
      extra.every((k) => isEmpty(have[k])) &&
      Object.entries(want).every(([k, v]) => sameSettings(have[k], v, k))
    );
  }
  return actual === desired;
}

/**
 * Creates the index if missing and applies the settings when they differ from what the server has. Returns
 * whether settings were (re)applied. Filterable and sortable attributes only work once this has finished.
 */
export async function ensureIndex(client: Meilisearch, name: string, settings: Settings): Promise<boolean> {
  const existing = await client.getIndex(name).catch((error: { cause?: { code?: string } }) => {
    if (error.cause?.code === "index_not_found") return undefined;
    throw error;
  });
  if (!existing) {
    const created = await client.createIndex(name, { primaryKey: "id" }).waitTask();
    // Two workers starting at the same moment both find no index and both create it: the later one's task
    // fails with index_already_exists, which is the outcome it wanted.
    if (created.error?.code !== "index_already_exists") assertSucceeded(created, `creating index ${name}`);
  }
  const index = client.index(name);
  const actual = await index.getSettings();
  if (
    Object.entries(settings).every(([key, value]) =>
      sameSettings(actual[key as keyof typeof actual], value, key),
    )
  )
    return false;
  assertSucceeded(await index.updateSettings(settings).waitTask(), `updating settings of ${name}`);
  return true;
}
