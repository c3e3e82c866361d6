// Copy every email shares: the greeting, the footer's tagline and settings link, and the helper that picks the
// reader's language.
import type { Language } from "@ketnoi/domain";
import { singleLine } from "./formatting.js";

/** The reader's language of a piece of copy written in both. */
export const t = (lang: Language, vi: string, en: string) => (lang === "vi" ? vi : en);

/** "Xin chào Lan," or "Hi," when the name is unknown (an invitation to an address). */
export function greeting(name: string, lang: Language): string {
  const clean = singleLine(name);
  return clean ? t(lang, `Xin chào ${clean},`, `Hi ${clean},`) : t(lang, "Xin chào,", "Hi,");
}

export const productTagline: Record<Language, string> = {
  vi: "Kết Nối – sàn kết nối doanh nghiệp sản xuất tại các khu công nghiệp TP. Hồ Chí Minh với nhà cung cấp công nghiệp hỗ trợ.",
  en: "Kết Nối – the marketplace connecting manufacturers in Ho Chi Minh City's industrial zones with supporting-industry suppliers.",
};

export const settingsLabel: Record<Language, string> = {
  vi: "Cài đặt email",
  en: "Email settings",
};
