// A supplier filed only under a whole group ("metal", "rubber", "plastics") usually says in its own words what it
// makes: "tiện CNC, phay CNC", "gioăng, ron, đệm chống rung". Those members of its groups are its stated
// specialisms: matching reads them as a trade the supplier claims in words but did not file (`scoreMatch` caps
// their fit below a filing) and adds their names to its words, so an English request meets a Vietnamese profile.

import { getCategory, isLeafCategory } from "../taxonomy/index.js";
import { rankCategories } from "../taxonomy/rank-categories.js";
import { isUnder } from "./focus-categories.js";
import type { SupplierText } from "./text-relevance.js";

/** How much of a product or process name a category must account for to count as named (see the head rule). */
const minConfidence = 0.5;

/**
 * The members of the supplier's group categories that its processes, products and own category words name, each
 * read as a name (as the import reads a category cell); empty for a supplier filed only under leaves. Descriptions
 * are not read: they also name customers' trades and what goods are packed in.
 */
export function statedSpecialisms(
  supplier: Pick<SupplierText, "categories" | "processes" | "exampleProducts" | "ownCategories">,
): string[] {
  const groups = supplier.categories.filter(
    (code) => getCategory(code) !== undefined && !isLeafCategory(code),
  );
  if (groups.length === 0) return [];
  const names = [...supplier.processes, ...supplier.exampleProducts, ...(supplier.ownCategories ?? [])];
  const found = new Set<string>();
  for (const name of names) {
    const best = rankCategories(name, { limit: 1 }).candidates[0];
    // Half a name is enough when it is the name's head ("trục" of "trục inox"), not a word beside it ("mặt" of
    // "mặt bích", a flange, is also a rubber mat).
    if (!best || best.confidence < minConfidence || (best.confidence === minConfidence && !best.head))
      continue;
    if (groups.some((group) => isUnder(best.code, group))) found.add(best.code);
  }
  return [...found];
}
