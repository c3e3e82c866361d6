import type { Language } from "@ketnoi/domain";

export const productTagline: Record<Language, string> = {
  vi: "Kết Nối – sàn kết nối doanh nghiệp sản xuất tại các khu công nghiệp TP. Hồ Chí Minh với nhà cung cấp công nghiệp hỗ trợ.",
  en: "Kết Nối – the marketplace connecting manufacturers in Ho Chi Minh City's industrial zones with supporting-industry suppliers.",
};

export const settingsLabel: Record<Language, string> = {
  vi: "Cài đặt email",
  en: "Email settings",
};
