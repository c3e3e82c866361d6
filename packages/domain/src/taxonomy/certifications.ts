// Certifications and compliance marks that buyers ask suppliers for. Codes are stored; names are for display and
// synonyms cover how suppliers write them on profiles and spreadsheets ("ISO9001", "ISO 9001:2015", "BSCI").

export const certificationKinds = [
  "quality",
  "environment",
  "safety",
  "food",
  "social",
  "product",
  "forestry",
] as const;

export type CertificationKind = (typeof certificationKinds)[number];

export interface Certification {
  /** Stable ASCII code: lowercase words and digits joined by dashes, e.g. `iso-9001`. */
  code: string;
  /** How the certification is displayed: "ISO 9001". */
  name: string;
  /** Short description in Vietnamese. */
  nameVi: string;
  /** Short description in English. */
  nameEn: string;
  /** Other ways people write it. Edition years ("ISO 9001:2015") are stripped before matching, so need not be listed. */
  synonyms: readonly string[];
  kind: CertificationKind;
  /**
   * For a withdrawn standard: the one that replaced it. Suppliers still quote the old name, but a certificate to
   * it is not a certificate to the successor, so the two stay separate codes.
   */
  supersededBy?: string;
}

export const certifications: readonly Certification[] = [
  // Quality management
  {
    code: "iso-9001",
    name: "ISO 9001",
    nameVi: "Hệ thống quản lý chất lượng",
    nameEn: "Quality management system",
    synonyms: ["ISO9001", "ISO 9001:2015", "ISO 9001:2008", "9001", "ISO 9K"],
    kind: "quality",
  },
  {
    code: "iatf-16949",
    name: "IATF 16949",
    nameVi: "Hệ thống quản lý chất lượng ngành ô tô",
    nameEn: "Automotive quality management system",
    synonyms: ["IATF16949", "IATF 16949:2016", "16949"],
    kind: "quality",
  },
  {
    code: "iso-ts-16949",
    name: "ISO/TS 16949",
    nameVi: "Quản lý chất lượng ngành ô tô (tiêu chuẩn cũ, thay bằng IATF 16949)",
    nameEn: "Automotive quality management (withdrawn, replaced by IATF 16949)",
    synonyms: ["TS 16949", "TS16949", "ISO TS 16949", "ISO/TS 16949:2009"],
    kind: "quality",
    supersededBy: "iatf-16949",
  },
  {
    code: "iso-13485",
    name: "ISO 13485",
    nameVi: "Hệ thống quản lý chất lượng trang thiết bị y tế",
    nameEn: "Medical devices quality management system",
    synonyms: ["ISO13485", "ISO 13485:2016", "EN ISO 13485", "13485"],
    kind: "quality",
  },
  {
    code: "iso-17025",
    name: "ISO/IEC 17025",
    nameVi: "Năng lực phòng thử nghiệm và hiệu chuẩn",
    nameEn: "Testing and calibration laboratory competence",
    // VILAS is Vietnam's accreditation scheme for laboratories against ISO/IEC 17025.
    synonyms: ["ISO 17025", "ISO17025", "ISO/IEC 17025:2017", "17025", "VILAS"],
    kind: "quality",
  },
  {
    code: "iso-3834",
    name: "ISO 3834",
    nameVi: "Yêu cầu chất lượng cho hàn nóng chảy kim loại",
    nameEn: "Quality requirements for fusion welding",
    synonyms: ["ISO3834", "ISO 3834-2", "ISO 3834-3", "3834"],
    kind: "quality",
  },
  {
    code: "gmp",
    name: "GMP",
    nameVi: "Thực hành sản xuất tốt",
    nameEn: "Good Manufacturing Practice",
    synonyms: ["GMP-WHO", "WHO-GMP", "WHO GMP", "cGMP", "EU-GMP"],
    kind: "quality",
  },

  // Environment and energy
  {
    code: "iso-14001",
    name: "ISO 14001",
    nameVi: "Hệ thống quản lý môi trường",
    nameEn: "Environmental management system",
    synonyms: ["ISO14001", "ISO 14001:2015", "14001"],
    kind: "environment",
  },
  {
    code: "iso-50001",
    name: "ISO 50001",
    nameVi: "Hệ thống quản lý năng lượng",
    nameEn: "Energy management system",
    synonyms: ["ISO50001", "ISO 50001:2018", "50001"],
    kind: "environment",
  },
  {
    code: "grs",
    name: "GRS",
    nameVi: "Tiêu chuẩn tái chế toàn cầu",
    nameEn: "Global Recycled Standard",
    synonyms: ["Global Recycle Standard", "GRS 4.0"],
    kind: "environment",
  },
  {
    code: "gots",
    name: "GOTS",
    nameVi: "Tiêu chuẩn dệt may hữu cơ toàn cầu",
    nameEn: "Global Organic Textile Standard",
    synonyms: ["GOTS organic"],
    kind: "environment",
  },

  // Occupational health and safety
  {
    code: "iso-45001",
    name: "ISO 45001",
    nameVi: "Hệ thống quản lý an toàn và sức khỏe nghề nghiệp",
    nameEn: "Occupational health and safety management system",
    synonyms: ["ISO45001", "ISO 45001:2018", "45001"],
    kind: "safety",
  },
  {
    code: "ohsas-18001",
    name: "OHSAS 18001",
    nameVi: "An toàn và sức khỏe nghề nghiệp (tiêu chuẩn cũ, thay bằng ISO 45001)",
    nameEn: "Occupational health and safety (withdrawn, replaced by ISO 45001)",
    synonyms: ["OHSAS18001", "BS OHSAS 18001", "OHSAS 18001:2007", "18001"],
    kind: "safety",
    supersededBy: "iso-45001",
  },

  // Food safety (including food-contact packaging)
  {
    code: "iso-22000",
    name: "ISO 22000",
    nameVi: "Hệ thống quản lý an toàn thực phẩm",
    nameEn: "Food safety management system",
    // Bare "22000" is left out: it could as well be FSSC 22000.
    synonyms: ["ISO22000", "ISO 22000:2018"],
    kind: "food",
  },
  {
    code: "fssc-22000",
    name: "FSSC 22000",
    nameVi: "Chứng nhận hệ thống an toàn thực phẩm FSSC 22000",
    nameEn: "Food Safety System Certification 22000",
    synonyms: ["FSSC22000", "FSSC", "FSSC 22000 v6"],
    kind: "food",
  },
  {
    code: "haccp",
    name: "HACCP",
    nameVi: "Phân tích mối nguy và điểm kiểm soát tới hạn",
    nameEn: "Hazard Analysis and Critical Control Points",
    synonyms: ["HACCP Codex", "hệ thống HACCP"],
    kind: "food",
  },
  {
    code: "brcgs-packaging",
    name: "BRCGS Packaging Materials",
    nameVi: "Tiêu chuẩn toàn cầu BRCGS cho vật liệu bao bì",
    nameEn: "BRCGS Global Standard for Packaging Materials",
    // Suppliers on this marketplace make packaging and materials, so a bare "BRC" on their profile means this one.
    synonyms: ["BRCGS Packaging", "BRC Packaging", "BRC IoP", "BRC/IoP", "BRCGS", "BRC"],
    kind: "food",
  },
  {
    code: "brcgs-food",
    name: "BRCGS Food Safety",
    nameVi: "Tiêu chuẩn toàn cầu BRCGS về an toàn thực phẩm",
    nameEn: "BRCGS Global Standard for Food Safety",
    synonyms: ["BRCGS Food", "BRC Food", "BRC Global Standard for Food Safety"],
    kind: "food",
  },
  {
    code: "halal",
    name: "Halal",
    nameVi: "Chứng nhận Halal",
    nameEn: "Halal certification",
    synonyms: ["HALAL Vietnam"],
    kind: "food",
  },

  // Social compliance
  {
    code: "amfori-bsci",
    name: "amfori BSCI",
    nameVi: "Bộ quy tắc ứng xử trách nhiệm xã hội amfori BSCI",
    nameEn: "amfori Business Social Compliance Initiative",
    synonyms: ["BSCI", "amfori-BSCI"],
    kind: "social",
  },
  {
    code: "sa8000",
    name: "SA8000",
    nameVi: "Tiêu chuẩn trách nhiệm xã hội SA8000",
    nameEn: "Social Accountability 8000",
    synonyms: ["SA 8000", "SA-8000", "SA8000:2014"],
    kind: "social",
  },
  {
    code: "wrap",
    name: "WRAP",
    nameVi: "Sản xuất có trách nhiệm được công nhận toàn cầu",
    nameEn: "Worldwide Responsible Accredited Production",
    synonyms: ["WRAP Gold", "WRAP Silver", "WRAP Platinum"],
    kind: "social",
  },
  {
    code: "sedex-smeta",
    name: "Sedex SMETA",
    nameVi: "Đánh giá đạo đức thương mại SMETA (Sedex)",
    nameEn: "Sedex Members Ethical Trade Audit",
    synonyms: ["SMETA", "Sedex", "SMETA 4-pillar", "SMETA 2-pillar", "Sedex audit"],
    kind: "social",
  },

  // Product compliance and marks
  {
    code: "rohs",
    name: "RoHS",
    nameVi: "Hạn chế chất độc hại trong thiết bị điện, điện tử",
    nameEn: "Restriction of Hazardous Substances",
    synonyms: ["EU RoHS", "RoHS 2", "RoHS 3", "RoHS compliant", "2011/65/EU"],
    kind: "product",
  },
  {
    code: "reach",
    name: "REACH",
    nameVi: "Quy định REACH của EU về hóa chất",
    nameEn: "EU REACH chemicals regulation",
    synonyms: ["EU REACH", "REACH SVHC", "REACH compliant", "1907/2006"],
    kind: "product",
  },
  {
    code: "ul",
    name: "UL",
    nameVi: "Chứng nhận an toàn UL",
    nameEn: "UL safety certification",
    synonyms: ["UL listed", "UL recognized", "UL mark", "cUL", "cULus"],
    kind: "product",
  },
  {
    code: "ce",
    name: "CE",
    nameVi: "Dấu CE (phù hợp quy định châu Âu)",
    nameEn: "CE marking",
    synonyms: ["CE mark", "dấu CE"],
    kind: "product",
  },
  {
    code: "vn-cr",
    name: "Dấu hợp quy CR",
    nameVi: "Dấu hợp quy theo quy chuẩn kỹ thuật Việt Nam",
    nameEn: "Vietnamese conformity mark (CR)",
    synonyms: ["CR", "dấu CR", "CR mark", "hợp quy", "chứng nhận hợp quy"],
    kind: "product",
  },
  {
    code: "oeko-tex",
    name: "OEKO-TEX Standard 100",
    nameVi: "Chứng nhận an toàn sản phẩm dệt may OEKO-TEX",
    nameEn: "OEKO-TEX Standard 100 textile safety",
    synonyms: ["OEKO-TEX", "Oeko Tex", "Oekotex", "OEKO-TEX 100", "Standard 100 by OEKO-TEX"],
    kind: "product",
  },
  {
    code: "ispm-15",
    name: "ISPM 15",
    nameVi: "Xử lý nhiệt, hun trùng bao bì gỗ theo ISPM 15",
    nameEn: "Wood packaging treatment (ISPM 15)",
    synonyms: ["ISPM15", "ISPM-15", "IPPC", "IPPC stamp", "dấu IPPC"],
    kind: "product",
  },

  // Forestry chain of custody
  {
    code: "fsc",
    name: "FSC",
    nameVi: "Chứng nhận quản lý rừng và chuỗi hành trình FSC",
    nameEn: "Forest Stewardship Council",
    synonyms: ["FSC CoC", "FSC-COC", "FSC chain of custody", "FSC Mix", "FSC Recycled", "FSC 100%"],
    kind: "forestry",
  },
  {
    code: "pefc",
    name: "PEFC",
    nameVi: "Chứng nhận rừng PEFC",
    nameEn: "Programme for the Endorsement of Forest Certification",
    // Vietnam's own forest certification scheme (VFCS) has been PEFC-endorsed since 2020.
    synonyms: ["PEFC CoC", "PEFC chain of custody", "VFCS", "VFCS/PEFC"],
    kind: "forestry",
  },
];
