// The sentences of the digest that come from matching: the one-line "why" of an item and the grouped near-miss
// lines ("Corrugated cartons: 3 requests needed FSC"). Built from the same explanation the product shows.
import { explainMatchFacts, type MatchFactKind, type MatchLanguage } from "../matching/explain-match.js";
import type { NearMissReasonCount } from "../matching/rank-matches.js";
import type { MatchExplanation } from "../matching/types.js";
import { getCategory, getCertification } from "../taxonomy/index.js";

/** The facts that decide a match in the reader's eyes, in the order the product lists them. */
const whyKinds: ReadonlySet<MatchFactKind> = new Set(["category", "certifications", "distance", "capacity"]);

/** "Same category: Corrugated cartons · Holds FSC · 12 km away · Capacity 50,000 cartons/month covers …". */
export function matchWhyLine(explanation: MatchExplanation, lang: MatchLanguage): string {
  return explainMatchFacts(explanation, lang)
    .filter((fact) => whyKinds.has(fact.kind))
    .map((fact) => fact.text)
    .join(" · ");
}

function categoryName(code: string, lang: MatchLanguage): string {
  const category = getCategory(code);
  if (!category) return code;
  return lang === "vi" ? category.nameVi : category.nameEn;
}

function requestsPhrase(count: number, lang: MatchLanguage): string {
  if (lang === "vi") return `${count} yêu cầu`;
  return `${count} ${count === 1 ? "request" : "requests"}`;
}

/** What the near misses of one group had in common, as one sentence for the supplier. */
export function describeNearMissGroup(group: NearMissReasonCount, lang: MatchLanguage): string {
  const vi = lang === "vi";
  const requests = requestsPhrase(group.count, lang);
  const one = group.count === 1;
  const certification = group.certification
    ? (getCertification(group.certification)?.name ?? group.certification)
    : "";
  let sentence: string;
  switch (group.reason) {
    case "certification_missing":
      sentence = vi ? `${requests} cần ${certification}` : `${requests} needed ${certification}`;
      break;
    case "certification_expired":
      sentence = vi
        ? `${requests} cần ${certification} (chứng nhận của bạn đã hết hạn)`
        : `${requests} needed ${certification} (yours has expired)`;
      break;
    case "too_far":
      sentence = vi
        ? `${requests} ở xa hơn khoảng cách bên mua đặt ra`
        : `${requests} ${one ? "was" : "were"} beyond the buyer's distance limit`;
      break;
    case "capacity_too_small":
      sentence = vi
        ? `${requests} cần năng lực lớn hơn năng lực trong hồ sơ của bạn`
        : `${requests} needed more capacity than your profile states`;
      break;
    case "moq_above_quantity":
      sentence = vi
        ? `${requests} đặt số lượng thấp hơn MOQ của bạn`
        : `${requests} ordered less than your MOQ`;
      break;
  }
  return group.category ? `${categoryName(group.category, lang)}: ${sentence}` : sentence;
}
