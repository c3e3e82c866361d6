import { type Language, quantityUnitName } from "@ketnoi/domain";

const formats: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
};

/** "12.500 VND / thùng" or "12,500 VND / carton": thousands grouped the reader's way, per unit of the request. */
export function formatUnitPrice(amount: number, currency: string, unit: string, lang: Language): string {
  return `${formats[lang].format(amount)} ${currency} / ${quantityUnitName(unit, lang)}`;
}
