// Category names as people write them, labelled with the taxonomy code(s) they mean, for measuring the category
// resolver: a third of each writing is held out (every third name, fixed before any resolver code was written),
// and the resolver is never tuned on those.
import { englishNames } from "./names-en.js";
import { vietnameseNames } from "./names-vi.js";
import { plainVietnameseNames } from "./names-vi-plain.js";
import type { CategoryNameCase } from "./types.js";

type Split = "tuning" | "held-out";

export interface LabelledCategoryName {
  text: string;
  writing: "vi" | "vi-plain" | "en";
  /** Codes that are right for this name; a ranking's first candidate must be one of them. */
  expected: readonly string[];
  split: Split;
}

const labelled = (writing: LabelledCategoryName["writing"], cases: readonly CategoryNameCase[]) =>
  cases.map(
    ([text, ...expected], index): LabelledCategoryName => ({
      text,
      writing,
      expected,
      split: index % 3 === 2 ? "held-out" : "tuning",
    }),
  );

export const labelledCategoryNames: readonly LabelledCategoryName[] = [
  ...labelled("vi", vietnameseNames),
  ...labelled("vi-plain", plainVietnameseNames),
  ...labelled("en", englishNames),
];

export interface ResolutionAccuracy {
  names: number;
  top1: number;
  top3: number;
  /** Names whose first candidate was wrong, with what came first (undefined: nothing resolved). */
  misses: { text: string; expected: readonly string[]; got: string | undefined }[];
}

/** Share of names whose first (top-1) or any of the first three (top-3) ranked codes is right. */
export function resolutionAccuracy(
  names: readonly LabelledCategoryName[],
  rank: (text: string) => readonly string[],
): ResolutionAccuracy {
  let top1 = 0;
  let top3 = 0;
  const misses: ResolutionAccuracy["misses"] = [];
  for (const name of names) {
    const ranked = rank(name.text);
    if (ranked[0] !== undefined && name.expected.includes(ranked[0])) top1++;
    else misses.push({ text: name.text, expected: name.expected, got: ranked[0] });
    if (ranked.slice(0, 3).some((code) => name.expected.includes(code))) top3++;
  }
  const share = (n: number) => (names.length === 0 ? 0 : n / names.length);
  return { names: names.length, top1: share(top1), top3: share(top3), misses };
}
