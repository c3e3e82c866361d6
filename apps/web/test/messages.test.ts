import { describe, expect, it } from "vitest";
import { fill, plural } from "../lib/i18n/fill";
import en from "../messages/en.json";
import vi from "../messages/vi.json";

const pluralCategories = new Set(["zero", "one", "two", "few", "many", "other"]);

/** Every message's path; a plural message ({one, other}) counts as one message, an array as one list. */
function messagePaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [prefix];
  const keys = Object.keys(value);
  if (keys.includes("other") && keys.every((key) => pluralCategories.has(key))) return [prefix];
  return keys.flatMap((key) =>
    messagePaths((value as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}

function leaf(messages: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
}

describe("message files", () => {
  it("have the same keys in Vietnamese and English", () => {
    const viPaths = messagePaths(vi).sort();
    const enPaths = messagePaths(en).sort();
    expect(
      viPaths.filter((path) => !enPaths.includes(path)),
      "only in vi.json",
    ).toEqual([]);
    expect(
      enPaths.filter((path) => !viPaths.includes(path)),
      "only in en.json",
    ).toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    for (const path of messagePaths(vi)) {
      const viText = JSON.stringify(leaf(vi, path));
      const enText = JSON.stringify(leaf(en, path));
      expect([...new Set(placeholders(enText))], path).toEqual([...new Set(placeholders(viText))]);
    }
  });

  it("have no empty message", () => {
    for (const messages of [vi, en]) {
      for (const path of messagePaths(messages))
        expect(JSON.stringify(leaf(messages, path)), path).not.toMatch(/""/);
    }
  });
});

describe("fill and plural", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(fill("Trang {page} / {pages}", { page: 2, pages: 5 })).toBe("Trang 2 / 5");
    expect(fill("{count} suppliers", {})).toBe("{count} suppliers");
  });

  it("picks the English singular for one and the plural otherwise; Vietnamese has one form", () => {
    expect(plural("en", en.search.resultCount, 1, { count: "1" })).toBe("1 supplier");
    expect(plural("en", en.search.resultCount, 1234, { count: "1,234" })).toBe("1,234 suppliers");
    expect(plural("vi", vi.search.resultCount, 1, { count: "1" })).toBe("1 nhà cung cấp");
  });
});
