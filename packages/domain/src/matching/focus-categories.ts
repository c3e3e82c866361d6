// A request filed under a whole group ("packaging", "metal") usually names what it wants in its words: "pallet
// wrap film and packing tape". Those members of the group are its focus (see `MatchRequest.focusCategories`).
import { inferRequestCategories } from "../requests/infer-categories.js";
import { getCategory, isLeafCategory } from "../taxonomy/index.js";

/** Whether `code` lies somewhere below `group` in the taxonomy. */
export function isUnder(code: string, group: string): boolean {
  for (
    let parent = getCategory(code)?.parent ?? null;
    parent !== null;
    parent = getCategory(parent)?.parent ?? null
  )
    if (parent === group) return true;
  return false;
}

/**
 * The members of the request's group categories that its title, description and specification name, in the order
 * read; empty when it names none or asks for no group.
 */
export function focusWithinGroups(
  categories: readonly string[],
  words: { title: string; description: string; specification: string },
): string[] {
  const groups = categories.filter((code) => getCategory(code) !== undefined && !isLeafCategory(code));
  if (groups.length === 0) return [];
  const read = inferRequestCategories(words.title, `${words.description}\n${words.specification}`);
  return read.map((c) => c.code).filter((code) => groups.some((group) => isUnder(code, group)));
}
