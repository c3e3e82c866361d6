import type { Language } from "@ketnoi/domain";

export type DurationUnit = "minute" | "hour" | "day";

const units: Record<Language, Record<DurationUnit, readonly [one: string, other: string]>> = {
  // Vietnamese nouns do not inflect for number.
  vi: { minute: ["phút", "phút"], hour: ["giờ", "giờ"], day: ["ngày", "ngày"] },
  en: { minute: ["minute", "minutes"], hour: ["hour", "hours"], day: ["day", "days"] },
};

/** "24 giờ", "1 hour", "7 days": how long a link stays valid, in the reader's language. */
export function formatDuration(lang: Language, amount: number, unit: DurationUnit): string {
  const [one, other] = units[lang][unit];
  return `${amount} ${amount === 1 ? one : other}`;
}
