import type { Meilisearch, Settings, Task } from "meilisearch";

/** Meilisearch resolves waits for failed tasks too; a failed write must not look like a success. */
export function assertSucceeded(task: Task, what: string): Task {
  if (task.status !== "succeeded") {
    throw new Error(`Meilisearch ${what} ${task.status}: ${task.error?.message ?? "no error message"}`);
  }
  return task;
}

function sameSettings(actual: Settings, desired: Settings): boolean {
  return Object.entries(desired).every(([key, value]) => {
    const current = (actual as Record<string, unknown>)[key];
    return JSON.stringify(normalise(current)) === JSON.stringify(normalise(value));
  });
}

// Meilisearch returns some lists and maps in its own order; compare them order-free where order has no meaning.
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [
          k,
          Array.isArray(v) && v.every((x) => typeof x === "string") ? [...v].sort() : normalise(v),
        ]),
    );
  }
  return value;
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
    assertSucceeded(
      await client.createIndex(name, { primaryKey: "id" }).waitTask(),
      `creating index ${name}`,
    );
  }
  const index = client.index(name);
  const actual = await index.getSettings();
  if (sameSettings(actual, settings)) return false;
  assertSucceeded(await index.updateSettings(settings).waitTask(), `updating settings of ${name}`);
  return true;
}
