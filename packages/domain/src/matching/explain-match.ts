// Turns a match explanation into short lines for the buyer's screen and the emails, in Vietnamese or English.

import { parseQuantityUnit } from "../suppliers/import-rows.js";
import type { QuantityUnit } from "../suppliers/profile-schema.js";
import { getCategory, getCertification } from "../taxonomy/index.js";
import type { MatchExplanation, MatchQuantity } from "./types.js";

export type MatchLanguage = "vi" | "en";

const unitNames: Readonly<Record<QuantityUnit, Record<MatchLanguage, string>>> = {
  pieces: { vi: "cái", en: "pcs" },
  sets: { vi: "bộ", en: "sets" },
  pairs: { vi: "đôi", en: "pairs" },
  kg: { vi: "kg", en: "kg" },
  tonnes: { vi: "tấn", en: "tonnes" },
  m: { vi: "m", en: "m" },
  m2: { vi: "m²", en: "m²" },
  m3: { vi: "m³", en: "m³" },
  litres: { vi: "lít", en: "litres" },
  cartons: { vi: "thùng", en: "cartons" },
  rolls: { vi: "cuộn", en: "rolls" },
  sheets: { vi: "tấm", en: "sheets" },
};

// Vietnamese groups thousands with "." and uses "," for decimals (500.000; 12,5), the reverse of English.
const numberFormats: Record<MatchLanguage, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }),
};

function unitName(unit: string, lang: MatchLanguage): string {
  const code = parseQuantityUnit(unit);
  return code ? unitNames[code][lang] : unit;
}

function amount(quantity: MatchQuantity, lang: MatchLanguage, monthly = false): string {
  const perMonth = monthly ? (lang === "vi" ? "/tháng" : "/month") : "";
  return `${numberFormats[lang].format(quantity.value)} ${unitName(quantity.unit, lang)}${perMonth}`;
}

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

/** One short line per fact worth telling the reader, most decisive first. Unknown MOQs are left out as noise. */
export function explainMatch(explanation: MatchExplanation, lang: MatchLanguage): string[] {
  const vi = lang === "vi";
  const lines: string[] = [];
  const { figures } = explanation;

  if (explanation.matchedCategories.length > 0) {
    const names = explanation.matchedCategories.map((code) => categoryName(code, lang)).join(", ");
    if (explanation.categoryFit === "same")
      lines.push(vi ? `Cùng ngành hàng: ${names}` : `Same category: ${names}`);
    else lines.push(vi ? `Ngành hàng gần: ${names}` : `Related category: ${names}`);
  } else {
    lines.push(vi ? "Không cùng ngành hàng" : "Different category");
  }

  if (explanation.matchedTerms.length > 0) {
    const terms = explanation.matchedTerms.join(", ");
    lines.push(vi ? `Khớp từ khóa: ${terms}` : `Matches: ${terms}`);
  }

  const { covered, missing, expired } = explanation.certifications;
  const certParts: string[] = [];
  if (covered.length > 0) certParts.push(`${vi ? "có" : "holds"} ${certificationNames(covered)}`);
  if (missing.length > 0) certParts.push(`${vi ? "thiếu" : "missing"} ${certificationNames(missing)}`);
  if (expired.length > 0) {
    certParts.push(
      vi ? `${certificationNames(expired)} đã hết hạn` : `${certificationNames(expired)} expired`,
    );
  }
  if (certParts.length > 0) lines.push(capitalise(certParts.join("; ")));

  const km = numberFormats[lang].format(explanation.distanceKm);
  const far =
    explanation.nearMissReasons.includes("too_far") || explanation.exclusionReasons.includes("too_far");
  if (vi) lines.push(far ? `Cách ${km} km, xa hơn phạm vi yêu cầu` : `Cách ${km} km`);
  else lines.push(far ? `${km} km away, beyond the requested range` : `${km} km away`);
  if (explanation.outsideDeliveryRadius) {
    lines.push(
      vi
        ? "Ngoài bán kính giao hàng thường lệ của nhà cung cấp"
        : "Outside the supplier's usual delivery radius",
    );
  }

  const need = amount(figures.need, lang, figures.needIsMonthly);
  const capacity = figures.monthlyCapacity;
  if (explanation.capacity === "fits" && capacity) {
    lines.push(
      vi
        ? `Năng lực ${amount(capacity, lang, true)} đáp ứng ${need}`
        : `Capacity ${amount(capacity, lang, true)} covers ${need}`,
    );
  } else if (explanation.capacity === "too_small" && capacity) {
    lines.push(
      vi
        ? `Năng lực ${amount(capacity, lang, true)}, chưa đủ ${need}`
        : `Capacity ${amount(capacity, lang, true)}, short of ${need}`,
    );
  } else if (explanation.capacity === "different_unit" && capacity) {
    lines.push(
      vi
        ? `Năng lực tính theo ${unitName(capacity.unit, lang)}, khác đơn vị yêu cầu (${unitName(figures.need.unit, lang)})`
        : `Capacity stated in ${unitName(capacity.unit, lang)}, not ${unitName(figures.need.unit, lang)}`,
    );
  } else {
    lines.push(vi ? "Chưa rõ năng lực sản xuất" : "Capacity not stated");
  }

  if (figures.moq && explanation.moq !== "unknown") {
    const moq = amount(figures.moq, lang);
    const quantity = amount(figures.quantity, lang);
    if (explanation.moq === "fits")
      lines.push(vi ? `MOQ ${moq}, phù hợp số lượng` : `MOQ ${moq} fits the order`);
    else
      lines.push(
        vi ? `MOQ ${moq}, cao hơn số lượng cần ${quantity}` : `MOQ ${moq} is above the ${quantity} needed`,
      );
  }

  const days = figures.leadTimeDays;
  if (explanation.leadTime === "in_time" && days !== null) {
    lines.push(vi ? `Giao kịp hạn (sản xuất ${days} ngày)` : `Can deliver in time (${days}-day lead time)`);
  } else if (explanation.leadTime === "late") {
    const late = figures.daysLate;
    lines.push(
      vi
        ? `Trễ ${late} ngày so với hạn cần hàng`
        : `${late} ${late === 1 ? "day" : "days"} late for the needed-by date`,
    );
  } else {
    lines.push(vi ? "Chưa rõ thời gian giao hàng" : "Lead time not stated");
  }

  return lines;
}
