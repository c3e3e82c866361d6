// Words that make generated suppliers read like the real HCMC-area supplier base: company-name parts, people's
// names, streets and wards, export markets. Weights are rough shares, not statistics.

export const legalForms = [
  ["Công ty TNHH", 50],
  ["Công ty Cổ phần", 22],
  ["Công ty TNHH MTV", 18],
  ["Doanh nghiệp tư nhân", 10],
] as const;

/** Registered names often spell out the business lines before the trade: "Công ty TNHH SX TM Bao Bì …". */
export const nameInfixes = [
  "Sản Xuất Thương Mại",
  "Thương Mại Dịch Vụ",
  "Sản Xuất và Thương Mại",
  "Kỹ Thuật",
];

/** The distinctive part of a domestic company's name: auspicious words and places, as on real signboards. */
export const businessNames = [
  "Minh Phát",
  "Thành Công",
  "Hưng Thịnh",
  "Tân Á",
  "Đại Việt",
  "Phú Cường",
  "Sài Gòn",
  "An Phú",
  "Hoàng Gia",
  "Việt Nhật",
  "Thuận Phát",
  "Phát Đạt",
  "Tân Tiến",
  "Vạn Thành",
  "Đông Á",
  "Nam Việt",
  "Toàn Thắng",
  "Kim Long",
  "Hòa Bình",
  "Thịnh Phát",
  "Phúc Thịnh",
  "Quang Minh",
  "Hải Đăng",
  "Việt Hàn",
  "Tín Nghĩa",
  "Gia Phát",
  "Trường Thịnh",
  "Hồng Phúc",
  "Nhật Minh",
  "Thiên Long",
  "Đức Thành",
  "Bảo Long",
  "Tường An",
  "Phước Thành",
  "Long Hải",
  "Đại Phong",
  "Kim Ngân",
  "Hợp Thành",
  "Vĩnh Tường",
  "Tấn Phát",
  "Hưng Phát",
  "Minh Khang",
  "Đông Dương",
  "Bình An",
  "Hoàn Cầu",
  "Liên Việt",
  "Nam Á",
  "Á Châu",
  "Phương Nam",
  "Trí Việt",
  "Thái Sơn",
  "Hùng Vương",
  "Mê Kông",
  "Sao Việt",
  "Tân Phú",
  "Việt Úc",
  "Đồng Nai",
  "Bình Dương",
  "Hiệp Phát",
  "Vạn Lợi",
];

export type OwnerOrigin = "vn" | "tw" | "kr" | "jp" | "cn";

/** Who owns the factory: most are domestic; FDI suppliers are mostly Taiwanese, Korean, Japanese, Chinese. */
export const ownerOrigins: readonly (readonly [OwnerOrigin, number])[] = [
  ["vn", 78],
  ["tw", 7],
  ["kr", 6],
  ["jp", 5],
  ["cn", 4],
];

export const ownerLanguage: Readonly<Record<Exclude<OwnerOrigin, "vn">, "zh" | "ko" | "ja">> = {
  tw: "zh",
  cn: "zh",
  kr: "ko",
  jp: "ja",
};

export const ownerCountry: Readonly<Record<Exclude<OwnerOrigin, "vn">, string>> = {
  tw: "TW",
  cn: "CN",
  kr: "KR",
  jp: "JP",
};

/** Romanised parent-company names, as FDI subsidiaries register them ("Công ty TNHH … Việt Nam"). */
export const foreignBusinessNames: Readonly<Record<Exclude<OwnerOrigin, "vn">, readonly string[]>> = {
  tw: ["Chen Feng", "Kuo Yang", "Hsin Yi", "Tai Sheng", "Fu Chun", "Yung Li", "Chia Hsin", "Ming Tai"],
  kr: ["Daewon", "Hanil", "Seoyoung", "Dongbang", "Sungjin", "Hyosan", "Jinwoo", "Kumho Tech"],
  jp: ["Sanko", "Nishida", "Tohoku Seiki", "Yamato Kogyo", "Marusan", "Daiichi", "Kyowa", "Shinsei"],
  cn: ["Hengli", "Jinda", "Xinhua Tech", "Huatai", "Dongfang", "Yuxing", "Lianfa", "Shengda"],
};

export const familyNames = [
  ["Nguyễn", 38],
  ["Trần", 11],
  ["Lê", 9.5],
  ["Phạm", 7],
  ["Huỳnh", 5],
  ["Hoàng", 4],
  ["Phan", 4.5],
  ["Võ", 4],
  ["Vũ", 3],
  ["Đặng", 2],
  ["Bùi", 2],
  ["Đỗ", 1.4],
  ["Hồ", 1.3],
  ["Ngô", 1.3],
  ["Dương", 1],
  ["Lý", 0.5],
  ["Trương", 1],
  ["Đinh", 0.8],
] as const;

export const maleMiddleNames = ["Văn", "Minh", "Quốc", "Hữu", "Đức", "Thanh", "Hoàng", "Công", "Ngọc", "Tấn"];
export const femaleMiddleNames = ["Thị", "Thị", "Ngọc", "Thanh", "Thu", "Minh", "Kim", "Mỹ", "Bảo", "Hồng"];
export const maleGivenNames = [
  "Hùng",
  "Dũng",
  "Tuấn",
  "Minh",
  "Nam",
  "Phong",
  "Long",
  "Khoa",
  "Thắng",
  "Hải",
  "Sơn",
  "Trung",
  "Quang",
  "Huy",
  "Bình",
  "Tài",
  "Phúc",
  "Thịnh",
  "Cường",
  "Đạt",
  "Khánh",
  "Vinh",
];
export const femaleGivenNames = [
  "Lan",
  "Hương",
  "Mai",
  "Hạnh",
  "Linh",
  "Trang",
  "Thảo",
  "Ngọc",
  "Phương",
  "Vy",
  "Nhung",
  "Hà",
  "Yến",
  "Thủy",
  "Oanh",
  "Hoa",
  "Trâm",
  "Loan",
  "Dung",
  "Tuyết",
  "Diễm",
  "Quyên",
];

/** Streets, wards (2025 wards and communes) and landline area codes, by the zones data's former province. */
export interface ProvinceAddressBook {
  streets: readonly string[];
  wards: readonly string[];
  areaCode: string;
}

export const addressBooks: Readonly<Record<string, ProvinceAddressBook>> = {
  HCMC: {
    streets: [
      "Nguyễn Văn Linh",
      "Quốc lộ 1A",
      "Tỉnh lộ 10",
      "Lê Văn Khương",
      "Tân Kỳ Tân Quý",
      "Kinh Dương Vương",
      "Hồ Học Lãm",
      "Nguyễn Thị Tú",
      "Võ Văn Kiệt",
      "Trường Chinh",
      "Phan Văn Hớn",
      "Xa Lộ Hà Nội",
    ],
    wards: [
      "phường Tân Thuận",
      "phường Bình Tân",
      "phường Tân Tạo",
      "phường Linh Xuân",
      "phường Tân Bình",
      "phường Thới An",
      "xã Vĩnh Lộc",
      "xã Bình Chánh",
      "xã Củ Chi",
      "xã Hóc Môn",
      "phường An Lạc",
      "phường Tăng Nhơn Phú",
    ],
    areaCode: "28",
  },
  "Binh Duong": {
    streets: [
      "ĐT743",
      "ĐT747",
      "Mỹ Phước - Tân Vạn",
      "Đại lộ Bình Dương",
      "NA3",
      "DE1",
      "Quốc lộ 13",
      "Nguyễn Văn Tiết",
      "Huỳnh Văn Lũy",
      "ĐT741",
    ],
    wards: [
      "phường Thuận An",
      "phường Dĩ An",
      "phường Thủ Dầu Một",
      "phường Tân Uyên",
      "phường Bến Cát",
      "phường Thới Hòa",
      "phường Lái Thiêu",
      "phường Tân Đông Hiệp",
      "xã Bàu Bàng",
      "xã Bắc Tân Uyên",
      "phường Chánh Hiệp",
    ],
    areaCode: "274",
  },
  "Dong Nai": {
    streets: [
      "Quốc lộ 51",
      "Quốc lộ 1K",
      "Đồng Khởi",
      "Phạm Văn Thuận",
      "Quốc lộ 1A",
      "Hùng Vương",
      "Tôn Đức Thắng",
      "25B",
      "Quốc lộ 20",
    ],
    wards: [
      "phường Trấn Biên",
      "phường Long Bình",
      "phường Tam Hiệp",
      "phường Hố Nai",
      "xã Nhơn Trạch",
      "xã An Phước",
      "xã Long Thành",
      "xã Trảng Bom",
      "phường Long Khánh",
      "xã Dầu Giây",
    ],
    areaCode: "251",
  },
  "Ba Ria-Vung Tau": {
    streets: ["Quốc lộ 51", "Độc Lập", "Quốc lộ 56", "Trường Chinh", "Hội Bài - Châu Pha"],
    wards: ["phường Phú Mỹ", "phường Tân Thành", "phường Tân Phước", "xã Châu Đức", "phường Bà Rịa"],
    areaCode: "254",
  },
  "Long An": {
    streets: ["Quốc lộ 1A", "Tỉnh lộ 10", "Tỉnh lộ 830", "Quốc lộ 50", "Tỉnh lộ 824", "Tỉnh lộ 835"],
    wards: ["xã Đức Hòa", "xã Hậu Nghĩa", "xã Bến Lức", "xã Cần Giuộc", "xã Cần Đước", "phường Long An"],
    areaCode: "272",
  },
  "Tay Ninh": {
    streets: ["Quốc lộ 22", "Quốc lộ 22B", "Đường Xuyên Á", "ĐT782"],
    wards: ["phường Trảng Bàng", "xã Gò Dầu", "phường Gia Lộc", "xã Phước Thạnh"],
    areaCode: "276",
  },
  "Binh Phuoc": {
    streets: ["Quốc lộ 14", "Quốc lộ 13", "ĐT741"],
    wards: ["phường Chơn Thành", "phường Minh Hưng", "phường Đồng Xoài"],
    areaCode: "271",
  },
};

/** Where the region's exporters ship, weighted by how often they name each market. */
export const exportMarkets = [
  ["JP", 20],
  ["KR", 15],
  ["US", 16],
  ["DE", 6],
  ["NL", 4],
  ["FR", 3],
  ["IT", 2],
  ["ES", 2],
  ["PL", 1],
  ["GB", 3],
  ["AU", 4],
  ["TW", 5],
  ["CN", 6],
  ["TH", 4],
  ["SG", 4],
  ["MY", 3],
  ["KH", 3],
  ["IN", 2],
  ["MX", 1],
  ["CA", 2],
] as const;

/** Mobile prefixes after the 2018 renumbering (Viettel, Vinaphone, Mobifone…), 9x the commonest. */
export const mobilePrefixes = [
  "90",
  "91",
  "93",
  "94",
  "96",
  "97",
  "98",
  "32",
  "33",
  "35",
  "38",
  "70",
  "77",
  "83",
  "86",
  "89",
];
