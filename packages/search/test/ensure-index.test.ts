import { describe, expect, it } from "vitest";
import { sameSettings } from "../src/ensure-index.js";

describe("sameSettings", () => {
  it("reads sets in any order, but attribute priority and ranking rules in theirs", () => {
    expect(
      sameSettings(
        ["_geo", "capacityValue", "updatedAt"],
        ["_geo", "updatedAt", "capacityValue"],
        "sortableAttributes",
      ),
    ).toBe(true);
    expect(sameSettings(["legalName", "tradeName"], ["tradeName", "legalName"], "searchableAttributes")).toBe(
      false,
    );
    expect(sameSettings(["words", "typo"], ["typo", "words"], "rankingRules")).toBe(false);
  });

  it("ignores keys the server adds with empty defaults, not keys with content", () => {
    expect(
      sameSettings(
        { enabled: true, disableOnWords: [], disableOnAttributes: ["taxCode", "certificationNames"] },
        { enabled: true, disableOnAttributes: ["certificationNames", "taxCode"] },
      ),
    ).toBe(true);
    // An index built with synonyms still has them: emptying them is a change to apply.
    expect(sameSettings({ thung: ["carton"] }, {}, "synonyms")).toBe(false);
    expect(sameSettings({}, {}, "synonyms")).toBe(true);
  });

  it("sees a changed value or a missing key", () => {
    expect(sameSettings({ maxTotalHits: 1000 }, { maxTotalHits: 5000 })).toBe(false);
    expect(sameSettings({}, { maxTotalHits: 5000 })).toBe(false);
    expect(sameSettings(["a"], ["a", "b"], "filterableAttributes")).toBe(false);
  });
});
