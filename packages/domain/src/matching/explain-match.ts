// Turns a match explanation into short lines for the buyer's screen and the emails, in Vietnamese or English.

import { getCategory, getCertification } from "../taxonomy/index.js";
import { countingUnitOf, quantityUnitName } from "../units/quantity-units.js";
import type { MatchExplanation, MatchQuantity } from "./types.js";

export type MatchLanguage = "vi" | "en";

// Vietnamese groups thousands with "." and uses "," for decimals (500.000; 12,5), the reverse of English.
const numberFormats: Record<MatchLanguage, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }),
};

function amount(quantity: MatchQuantity, lang: MatchLanguage, monthly = false): string {
  const perMonth = monthly ? (lang === "vi" ? "/tháng" : "/month") : "";
  return `${numberFormats[lang].format(quantity.value)} ${quantityUnitName(quantity.unit, lang)}${perMonth}`;
}

/**
 * A supplier's figure in the unit the buyer wrote when both count the same thing (500,000 "pcs" of cartons are
 * 500,000 cartons), so the line compares like with like in the buyer's own words.
 */
function inBuyersUnit(quantity: MatchQuantity, buyers: MatchQuantity): MatchQuantity {
  return countingUnitOf(quantity.unit) === countingUnitOf(buyers.unit)
    ? { ...quantity, unit: buyers.unit }
    : quantity;
}

const percent = (share: number) => `${Math.max(1, Math.round(share * 100))}%`;

function categoryName(code: string, lang: MatchLanguage): string {
  const category = getCategory(code);
  if (!category) return code;
  return lang === "vi" ? category.nameVi : category.nameEn;
}

function certificationNames(codes: readonly string[]): string {
  return codes.map((code) => getCertification(code)?.name ?? code).join(", ");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Which part of a match a line of its explanation is about, so a reader can pick (the digest's one-liner). */
export type MatchFactKind =
  | "category"
  | "terms"
  | "certifications"
  | "distance"
  | "delivery_radius"
  | "capacity"
  | "moq"
  | "lead_time";

export interface MatchFact {
  kind: MatchFactKind;
  text: string;
}

/** One short line per fact worth telling the reader, most decisive first. Unknown MOQs are left out as noise. */
export function explainMatch(explanation: MatchExplanation, lang: MatchLanguage): string[] {
  return explainMatchFacts(explanation, lang).map((fact) => fact.text);
}

/** The lines of `explainMatch`, each with what it is about. */
export function explainMatchFacts(explanation: MatchExplanation, lang: MatchLanguage): MatchFact[] {
  const vi = lang === "vi";
  const facts: MatchFact[] = [];
  const add = (kind: MatchFactKind, text: string) => facts.push({ kind, text });
  const { figures } = explanation;

  if (explanation.matchedCategories.length > 0) {
    const names = explanation.matchedCategories.map((code) => categoryName(code, lang)).join(", ");
    if (explanation.categoryFit === "same")
      add("category", vi ? `Cùng ngành hàng: ${names}` : `Same category: ${names}`);
    else add("category", vi ? `Ngành hàng gần: ${names}` : `Related category: ${names}`);
  } else {
    add("category", vi ? "Không cùng ngành hàng" : "Different category");
  }

  if (explanation.matchedTerms.length > 0) {
    const terms = explanation.matchedTerms.join(", ");
    add("terms", vi ? `Khớp từ khóa: ${terms}` : `Matches: ${terms}`);
  }

  const { covered, missing, expired } = explanation.certifications;
  const expiring = explanation.certifications.expiresBeforeDelivery ?? [];
  const certParts: string[] = [];
  if (covered.length > 0) certParts.push(`${vi ? "có" : "holds"} ${certificationNames(covered)}`);
  if (missing.length > 0) certParts.push(`${vi ? "thiếu" : "missing"} ${certificationNames(missing)}`);
  if (expired.length > 0) {
    certParts.push(
      vi ? `${certificationNames(expired)} đã hết hạn` : `${certificationNames(expired)} expired`,
    );
  }
  if (expiring.length > 0) {
    certParts.push(
      vi
        ? `${certificationNames(expiring)} hết hạn trước ngày giao hàng`
        : `${certificationNames(expiring)} expires before delivery`,
    );
  }
  if (certParts.length > 0) add("certifications", capitalise(certParts.join("; ")));

  const km = numberFormats[lang].format(explanation.distanceKm);
  const far =
    explanation.nearMissReasons.includes("too_far") || explanation.exclusionReasons.includes("too_far");
  if (vi) add("distance", far ? `Cách ${km} km, xa hơn phạm vi yêu cầu` : `Cách ${km} km`);
  else add("distance", far ? `${km} km away, beyond the requested range` : `${km} km away`);
  if (explanation.outsideDeliveryRadius) {
    add(
      "delivery_radius",
      vi
        ? "Ngoài bán kính giao hàng thường lệ của nhà cung cấp"
        : "Outside the supplier's usual delivery radius",
    );
  }

  const need = amount(figures.need, lang, figures.needIsMonthly);
  const capacity = figures.monthlyCapacity && inBuyersUnit(figures.monthlyCapacity, figures.need);
  if (explanation.capacity === "fits" && capacity) {
    add(
      "capacity",
      vi
        ? `Năng lực ${amount(capacity, lang, true)} đáp ứng ${need}`
        : `Capacity ${amount(capacity, lang, true)} covers ${need}`,
    );
  } else if (explanation.capacity === "too_small" && capacity) {
    add(
      "capacity",
      vi
        ? `Năng lực ${amount(capacity, lang, true)}, chưa đủ ${need}`
        : `Capacity ${amount(capacity, lang, true)}, short of ${need}`,
    );
  } else if (explanation.capacity === "partial" && capacity) {
    const share = percent(figures.capacityShare ?? capacity.value / figures.need.value);
    add(
      "capacity",
      vi
        ? `Năng lực ${amount(capacity, lang, true)}, đáp ứng khoảng ${share} của ${need}: lượng này vượt năng lực của hầu hết nhà cung cấp, nên xếp theo phần mỗi nơi đáp ứng được`
        : `Capacity ${amount(capacity, lang, true)} covers about ${share} of ${need}: more than most suppliers can make, so suppliers are ranked by the share they cover`,
    );
  } else if (explanation.capacity === "different_unit" && capacity) {
    add(
      "capacity",
      vi
        ? `Năng lực tính theo ${quantityUnitName(capacity.unit, lang)}, khác đơn vị yêu cầu (${quantityUnitName(figures.need.unit, lang)})`
        : `Capacity stated in ${quantityUnitName(capacity.unit, lang)}, not ${quantityUnitName(figures.need.unit, lang)}`,
    );
  } else {
    add("capacity", vi ? "Chưa rõ năng lực sản xuất" : "Capacity not stated");
  }

  if (figures.moq && explanation.moq !== "unknown") {
    const moq = amount(inBuyersUnit(figures.moq, figures.quantity), lang);
    const quantity = amount(figures.quantity, lang);
    if (explanation.moq === "fits")
      add("moq", vi ? `MOQ ${moq}, phù hợp số lượng` : `MOQ ${moq} fits the order`);
    else if (explanation.moq === "fits_monthly")
      add(
        "moq",
        vi
          ? `MOQ ${moq}, trên đơn đầu ${quantity} nhưng dưới lượng đặt ${need}`
          : `MOQ ${moq} is above the first order of ${quantity} but within the ${need} ordered`,
      );
    else
      add(
        "moq",
        vi ? `MOQ ${moq}, cao hơn số lượng cần ${quantity}` : `MOQ ${moq} is above the ${quantity} needed`,
      );
  }

  const days = figures.leadTimeDays;
  if (explanation.leadTime === "in_time" && days !== null) {
    add(
      "lead_time",
      vi ? `Giao kịp hạn (sản xuất ${days} ngày)` : `Can deliver in time (${days}-day lead time)`,
    );
  } else if (explanation.leadTime === "late") {
    const late = figures.daysLate;
    add(
      "lead_time",
      vi
        ? `Trễ ${late} ngày so với hạn cần hàng`
        : `${late} ${late === 1 ? "day" : "days"} late for the needed-by date`,
    );
  } else {
    add("lead_time", vi ? "Chưa rõ thời gian giao hàng" : "Lead time not stated");
  }

  return facts;
}
