// First visit to "/": pick the site language from the browser's Accept-Language header (RFC 9110 §12.5.4).
import { defaultLocale, isLocale, type Locale } from "./locales";

interface Preference {
  language: string;
  quality: number;
  order: number;
}

/** The best served locale for the header; Vietnamese when the header names none we serve, or is missing. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  const preferences: Preference[] = [];
  header.split(",").forEach((part, order) => {
    const [tag = "", ...params] = part.trim().split(";");
    const language = tag.trim().toLowerCase().split("-")[0] ?? "";
    if (!language) return;
    let quality = 1;
    for (const param of params) {
      const [name, value] = param.trim().split("=");
      if (name?.trim() === "q") quality = Number(value);
    }
    if (!Number.isFinite(quality) || quality <= 0 || quality > 1) return;
    preferences.push({ language, quality, order });
  });
  preferences.sort((a, b) => b.quality - a.quality || a.order - b.order);
  for (const { language } of preferences) {
    if (isLocale(language)) return language;
    if (language === "*") return defaultLocale;
  }
  return defaultLocale;
}
