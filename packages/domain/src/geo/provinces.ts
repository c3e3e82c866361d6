// Provinces around Ho Chi Minh City, before and after the 1 July 2025 merger. People still say the former names
// ("Bình Dương", "BRVT"), so lookups accept both and say which zones each name covers.

export interface Province {
  /** The name used in reference data (zones CSV), ASCII English. */
  name: string;
  nameVi: string;
  /** Whether this is a province after the 2025 merger, a former one, or both (the name survived). */
  era: "current" | "former" | "both";
  /** For a former province: the 2025 province it became part of. */
  mergedInto?: string;
  aliases: string[];
}

export const provinces: readonly Province[] = [
  {
    name: "Ho Chi Minh City",
    nameVi: "Thành phố Hồ Chí Minh",
    era: "current",
    aliases: ["TP.HCM", "TP HCM", "TPHCM", "HCM", "HCMC", "Hồ Chí Minh", "Ho Chi Minh", "Sài Gòn", "Saigon"],
  },
  {
    name: "HCMC",
    nameVi: "Thành phố Hồ Chí Minh (cũ)",
    era: "former",
    mergedInto: "Ho Chi Minh City",
    aliases: ["TP.HCM cũ", "HCMC (former)", "former HCMC", "Sài Gòn cũ"],
  },
  {
    name: "Binh Duong",
    nameVi: "Bình Dương",
    era: "former",
    mergedInto: "Ho Chi Minh City",
    aliases: ["Tỉnh Bình Dương", "BD"],
  },
  {
    name: "Ba Ria-Vung Tau",
    nameVi: "Bà Rịa - Vũng Tàu",
    era: "former",
    mergedInto: "Ho Chi Minh City",
    aliases: ["Bà Rịa Vũng Tàu", "BRVT", "Vũng Tàu", "Bà Rịa"],
  },
  { name: "Dong Nai", nameVi: "Đồng Nai", era: "both", aliases: ["Tỉnh Đồng Nai"] },
  {
    name: "Binh Phuoc",
    nameVi: "Bình Phước",
    era: "former",
    mergedInto: "Dong Nai",
    aliases: ["Tỉnh Bình Phước"],
  },
  { name: "Tay Ninh", nameVi: "Tây Ninh", era: "both", aliases: ["Tỉnh Tây Ninh"] },
  { name: "Long An", nameVi: "Long An", era: "former", mergedInto: "Tay Ninh", aliases: ["Tỉnh Long An"] },
];
