// Metalworking suppliers of the labelled set: CNC shops of every size (one tagged only with the CNC group, as
// some suppliers do), stamping, sheet metal, finishing, casting, fasteners, structures.
import type { LabelledSupplier } from "./types.js";

export const metalSuppliers: LabelledSupplier[] = [
  {
    key: "cnc-tan-phat-vsip2",
    legalName: "Công ty TNHH Cơ Khí Chính Xác Tân Phát",
    descriptionVi:
      "Gia công CNC tiện phay chính xác, gia công chi tiết máy theo bản vẽ, vật liệu thép, nhôm, inox; làm mẫu và " +
      "hàng loạt.",
    categories: ["metal.cnc-machining.milling", "metal.cnc-machining.turning"],
    processes: ["tiện CNC", "phay CNC", "mài"],
    materials: ["thép SKD11", "nhôm 6061", "inox 304"],
    certifications: [{ code: "iso-9001", expiresOn: "2028-07-31" }],
    monthlyCapacity: { value: 20_000, unit: "pieces" },
    moq: { value: 10, unit: "pieces" },
    leadTimeDays: 10,
    languages: ["vi", "ja"],
    location: { zoneId: "kcn-vsip-2" },
    verified: true,
  },
  {
    key: "cnc-dong-nai-precision",
    legalName: "Dong Nai Precision Engineering JSC",
    descriptionEn:
      "CNC milling and turning of aluminium and stainless steel components, tolerance ±0.01 mm; 5-axis " +
      "machining; CMM inspection.",
    categories: ["metal.cnc-machining"],
    materials: ["aluminium 6061", "SUS304", "S45C"],
    certifications: [{ code: "iso-9001", expiresOn: "2027-03-31" }],
    monthlyCapacity: { value: 15_000, unit: "pieces" },
    leadTimeDays: 12,
    languages: ["vi", "en"],
    location: { zoneId: "kcn-bien-hoa-2" },
  },
  {
    key: "cnc-minh-tri-plain",
    legalName: "Xuong Co Khi Tien Phay Minh Tri",
    descriptionVi:
      "Gia cong tien CNC, phay CNC, chi tiet truc, bac, banh rang nho; nhan gia cong so luong it, lam mau theo " +
      "ban ve trong 3 ngay.",
    categories: ["metal.cnc-machining.turning"],
    materials: ["thep C45", "inox 304", "dong"],
    moq: { value: 1, unit: "pieces" },
    leadTimeDays: 3,
    languages: ["vi"],
    location: { zoneId: "kcn-tan-thoi-hiep" },
  },
  {
    key: "cnc-edm-nam-viet",
    legalName: "Công ty TNHH Gia Công Cắt Dây EDM Nam Việt",
    descriptionVi:
      "Cắt dây EDM, xung điện, mài phẳng, gia công lòng khuôn và chi tiết khuôn chính xác, thép SKD11, SKD61.",
    categories: ["metal.cnc-machining.edm", "metal.cnc-machining.grinding"],
    materials: ["SKD11", "SKD61"],
    leadTimeDays: 5,
    languages: ["vi"],
    location: { zoneId: "kcn-song-than-1" },
  },
  {
    key: "cnc-meko-amata",
    legalName: "Meko Precision Vietnam Co., Ltd",
    descriptionEn:
      "High-precision CNC machining of aluminium 7075/6061 and titanium for semiconductor equipment and " +
      "aerospace; 5-axis milling, CMM inspection, black and clear anodizing through a partner.",
    categories: ["metal.cnc-machining.milling"],
    materials: ["Al 7075", "Al 6061", "Ti-6Al-4V"],
    certifications: [
      { code: "iso-9001", expiresOn: "2028-11-30" },
      { code: "iso-14001", expiresOn: "2028-11-30" },
    ],
    monthlyCapacity: { value: 5_000, unit: "pieces" },
    moq: { value: 50, unit: "pieces" },
    leadTimeDays: 15,
    exportMarkets: ["US", "SG", "JP"],
    languages: ["en", "ja", "vi"],
    location: { zoneId: "kcn-amata" },
    verified: true,
  },
  {
    key: "cnc-duc-hoa-turning",
    legalName: "Cty TNHH Co Khi Duc Hoa",
    descriptionVi:
      "Tiện CNC trục, bulong đặc biệt, bạc đồng; tiện tự động số lượng lớn cho ngành xe máy, bơm.",
    categories: ["metal.cnc-machining.turning"],
    materials: ["thép", "đồng", "inox"],
    certifications: [{ code: "iso-9001", expiresOn: "2025-06-30" }],
    monthlyCapacity: { value: 200_000, unit: "pieces" },
    moq: { value: 1_000, unit: "pieces" },
    leadTimeDays: 10,
    languages: ["vi"],
    location: { zoneId: "kcn-duc-hoa-1" },
  },
  {
    key: "cnc-hiep-phuoc-heavy",
    legalName: "Công ty Cổ phần Cơ Khí Hiệp Phước",
    descriptionVi:
      "Gia công cơ khí chi tiết lớn: phay CNC khổ lớn, tiện đứng, doa; hàn kết cấu; chế tạo khung máy, bệ máy.",
    categories: ["metal.cnc-machining.milling", "metal.welding", "metal.steel-structures"],
    languages: ["vi"],
    location: { zoneId: "kcn-hiep-phuoc" },
  },
  {
    key: "stamping-an-phu",
    legalName: "Công ty TNHH Dập Kim Loại An Phú",
    descriptionVi:
      "Dập kim loại tấm, dập liên hoàn, sản xuất khung sắt và chi tiết dập cho ngành điện gia dụng; tự làm khuôn " +
      "dập; mạ kẽm qua đối tác.",
    categories: ["metal.stamping", "metal.sheet-metal"],
    materials: ["SPCC", "SECC", "inox 430"],
    certifications: [{ code: "iso-9001", expiresOn: "2027-12-31" }],
    monthlyCapacity: { value: 500_000, unit: "pieces" },
    moq: { value: 5_000, unit: "pieces" },
    leadTimeDays: 20,
    languages: ["vi"],
    location: { zoneId: "kcn-nhon-trach-2" },
    verified: true,
  },
  {
    key: "sheetmetal-vn-works",
    legalName: "VN Sheet Metal Works Co., Ltd",
    descriptionEn:
      "Sheet metal fabrication: laser cutting, CNC bending, welding and powder coating of enclosures, cabinets " +
      "and brackets in SPCC, SUS304 and aluminium.",
    categories: ["metal.sheet-metal", "metal.laser-cutting", "surface-finishing.powder-coating"],
    materials: ["SPCC", "SUS304", "aluminium 5052"],
    exampleProducts: ["electrical enclosure", "server cabinet", "bracket"],
    certifications: [{ code: "iso-9001", expiresOn: "2028-01-31" }],
    monthlyCapacity: { value: 30_000, unit: "pieces" },
    leadTimeDays: 14,
    languages: ["vi", "en"],
    location: { zoneId: "kcn-vsip-1" },
  },
  {
    key: "laser-phuc-hung-plain",
    legalName: "Co So Cat Laser Inox Phuc Hung",
    descriptionVi:
      "Cat laser fiber inox, thep tam, nhom; chan CNC; nhan cat theo file CAD lay lien trong ngay.",
    categories: ["metal.laser-cutting"],
    languages: ["vi"],
    location: { zoneId: "kcn-binh-chieu" },
  },
  {
    key: "stamping-viet-han-auto",
    legalName: "Công ty TNHH Dập Ô Tô Việt Hàn",
    descriptionVi:
      "Dập chi tiết thân vỏ ô tô, xe máy, giá đỡ, bát bắt; dập liên hoàn 60–400 tấn; hàn robot; IATF 16949.",
    categories: ["metal.stamping"],
    certifications: [
      { code: "iatf-16949", expiresOn: "2028-02-29" },
      { code: "iso-9001", expiresOn: "2028-02-29" },
    ],
    monthlyCapacity: { value: 1_200_000, unit: "pieces" },
    moq: { value: 20_000, unit: "pieces" },
    leadTimeDays: 25,
    languages: ["vi", "ko"],
    location: { zoneId: "kcn-my-phuoc-3" },
  },
  {
    key: "plating-tan-tao",
    legalName: "Công ty TNHH Xi Mạ Kẽm Tân Tạo",
    descriptionVi:
      "Xi mạ kẽm trắng xanh, kẽm vàng, mạ kẽm crom 3 (trivalent), mạ niken, crom cho bulong, ốc vít, chi tiết cơ " +
      "khí; mạ theo tiêu chuẩn RoHS, thử phun muối.",
    categories: ["surface-finishing.plating"],
    certifications: [{ code: "iso-14001", expiresOn: "2027-07-31" }],
    monthlyCapacity: { value: 300_000, unit: "kg" },
    leadTimeDays: 4,
    languages: ["vi"],
    location: { zoneId: "kcn-tan-tao" },
  },
  {
    key: "coating-bien-hoa",
    legalName: "Long Thanh Coating Services Co., Ltd",
    descriptionEn:
      "Electrostatic powder coating and wet spray painting lines for steel and aluminium parts up to 6 m; " +
      "pretreatment, salt-spray testing.",
    categories: ["surface-finishing.powder-coating", "surface-finishing.spray-painting"],
    monthlyCapacity: { value: 60_000, unit: "m2" },
    leadTimeDays: 5,
    languages: ["vi", "en"],
    location: { zoneId: "kcn-long-thanh" },
  },
  {
    key: "anodizing-saigon",
    legalName: "Cty TNHH Anod Nhôm Sài Gòn",
    descriptionVi:
      "Anod nhôm (anodizing) màu, anod cứng, xử lý bề mặt nhôm định hình và chi tiết gia công CNC.",
    categories: ["surface-finishing.anodizing"],
    languages: ["vi"],
    location: { zoneId: "kcn-vinh-loc" },
  },
  {
    key: "galvanizing-phu-my",
    legalName: "Công ty Cổ phần Mạ Kẽm Nhúng Nóng Phú Mỹ",
    descriptionVi:
      "Mạ kẽm nhúng nóng kết cấu thép, cột điện, lan can, bulong theo ASTM A123, bể mạ dài 12 m.",
    categories: ["surface-finishing.hot-dip-galvanizing"],
    monthlyCapacity: { value: 3_000, unit: "tonnes" },
    languages: ["vi"],
    location: { zoneId: "kcn-phu-my-1" },
  },
  {
    key: "diecast-thanh-dat",
    legalName: "Công ty TNHH Đúc Nhôm Áp Lực Thành Đạt",
    descriptionVi:
      "Đúc áp lực nhôm ADC12, đúc kẽm; vỏ motor, nắp hộp số, tản nhiệt đèn LED; gia công CNC và sơn tĩnh điện sau " +
      "đúc.",
    categories: ["metal.casting.die-casting"],
    materials: ["ADC12", "Zamak"],
    exampleProducts: ["tản nhiệt đèn LED", "vỏ motor"],
    certifications: [{ code: "iso-9001", expiresOn: "2027-11-30" }],
    monthlyCapacity: { value: 80_000, unit: "pieces" },
    leadTimeDays: 30,
    languages: ["vi"],
    location: { zoneId: "kcn-dong-an-2" },
  },
  {
    key: "sandcast-ho-nai",
    legalName: "Cơ Sở Đúc Gang Hố Nai",
    descriptionVi:
      "Đúc gang xám, gang cầu, đúc thép bằng khuôn cát: thân bơm, nắp hố ga, bánh đà, đối trọng.",
    categories: ["metal.casting.sand-casting"],
    languages: ["vi"],
    location: { zoneId: "kcn-ho-nai" },
  },
  {
    key: "fasteners-asia",
    legalName: "Asia Fastener Manufacturing Co., Ltd",
    descriptionEn:
      "Cold-forged bolts, screws, rivets and nuts M3–M20 in carbon and stainless steel (A2/A4); zinc and Dacromet " +
      "coating.",
    categories: ["metal.fasteners"],
    materials: ["SUS304", "SUS316", "SWCH10A"],
    certifications: [
      { code: "iso-9001", expiresOn: "2028-06-30" },
      { code: "iatf-16949", expiresOn: "2028-06-30" },
    ],
    monthlyCapacity: { value: 500, unit: "tonnes" },
    languages: ["vi", "en", "zh"],
    location: { zoneId: "kcn-nhon-trach-3" },
  },
  {
    key: "springs-tan-dinh-plain",
    legalName: "Co So Lo Xo Tan Dinh",
    descriptionVi: "San xuat lo xo nen, lo xo keo, lo xo xoan, lo xo la theo mau, day thep dan hoi va inox.",
    categories: ["metal.springs"],
    languages: ["vi"],
    location: {
      address: "34 duong Tran Quang Khai, phuong Tan Dinh",
      province: "TP.HCM",
      lat: 10.792,
      lng: 106.689,
    },
  },
  {
    key: "steel-dong-a",
    legalName: "Công ty Cổ phần Kết Cấu Thép Đông Á",
    descriptionVi:
      "Thi công nhà xưởng tiền chế, kết cấu thép, giàn kèo, hàn kết cấu theo AWS D1.1; chứng nhận ISO 3834.",
    categories: ["metal.steel-structures", "metal.welding"],
    certifications: [{ code: "iso-3834" }, { code: "iso-9001" }],
    languages: ["vi"],
    location: { zoneId: "kcn-nhon-trach-6" },
  },
  {
    key: "alu-extrusion-tan-uyen",
    legalName: "Công ty Cổ phần Nhôm Định Hình Tân Uyên",
    descriptionVi:
      "Đùn ép nhôm định hình 6063, 6061 cho cửa, khung máy, tản nhiệt; anod và sơn tĩnh điện thanh nhôm.",
    categories: ["metal.aluminium-extrusion", "surface-finishing.anodizing"],
    materials: ["nhôm 6063", "nhôm 6061"],
    monthlyCapacity: { value: 800, unit: "tonnes" },
    languages: ["vi"],
    location: { zoneId: "kcn-nam-tan-uyen-mo-rong" },
  },
  {
    key: "cnc-hoshi-vsip1",
    legalName: "Hoshi Precision Vietnam Co., Ltd",
    descriptionEn:
      "Precision turned and milled parts in stainless steel, brass and aluminium for pumps and robots; Swiss-type " +
      "lathes and 5-axis machining centres.",
    categories: ["metal.cnc-machining.turning", "metal.cnc-machining.milling"],
    materials: ["SUS304", "C3604 brass", "A6061"],
    certifications: [{ code: "iso-9001", expiresOn: "2028-12-31" }],
    monthlyCapacity: { value: 60_000, unit: "pieces" },
    moq: { value: 100, unit: "pieces" },
    leadTimeDays: 14,
    languages: ["en", "ja", "vi"],
    location: { zoneId: "kcn-vsip-1" },
    verified: true,
  },
  {
    key: "cnc-long-binh-moulds",
    legalName: "Công ty TNHH Cơ Khí Khuôn Mẫu Long Bình",
    descriptionVi: "Gia công phay CNC chi tiết khuôn, tấm khuôn, thép C45, SKD11; nhiệt luyện và mài phẳng.",
    categories: ["metal.cnc-machining.milling"],
    materials: ["C45", "SKD11"],
    moq: { value: 1, unit: "pieces" },
    leadTimeDays: 7,
    languages: ["vi"],
    location: { zoneId: "kcn-agtex-long-binh" },
  },
  {
    key: "cnc-phu-quy-plain",
    legalName: "Xuong Tien CNC Phu Quy",
    descriptionVi: "Tien CNC chi tiet nho: truc, oc, bac bang inox, dong, nhom; so luong tu 100 cai.",
    categories: ["metal.cnc-machining.turning"],
    moq: { value: 100, unit: "pieces" },
    leadTimeDays: 5,
    languages: ["vi"],
    location: {
      address: "45 duong Le Duc Tho, phuong Go Vap",
      province: "TP.HCM",
      lat: 10.835,
      lng: 106.67,
    },
  },
  {
    key: "cnc-tay-ninh-machining",
    legalName: "Tay Ninh Machining Co., Ltd",
    descriptionEn:
      "CNC milling and turning of steel and aluminium parts for agricultural machinery and pumps.",
    categories: ["metal.cnc-machining.milling", "metal.cnc-machining.turning"],
    certifications: [{ code: "iso-9001", expiresOn: "2027-07-31" }],
    monthlyCapacity: { value: 30_000, unit: "pieces" },
    languages: ["en", "vi"],
    location: { zoneId: "kcn-phuoc-dong" },
  },
  {
    key: "sheetmetal-song-than",
    legalName: "Công ty TNHH Cơ Khí Tủ Bảng Điện Sóng Thần",
    descriptionVi:
      "Gia công kim loại tấm: cắt laser, chấn, hàn, sơn tĩnh điện vỏ tủ điện, tủ rack, hộp kỹ thuật theo bản vẽ.",
    categories: ["metal.sheet-metal"],
    materials: ["SPCC", "SECC", "inox 304"],
    certifications: [{ code: "iso-9001", expiresOn: "2027-09-30" }],
    monthlyCapacity: { value: 8_000, unit: "pieces" },
    leadTimeDays: 10,
    languages: ["vi"],
    location: { zoneId: "kcn-song-than-1" },
  },
  {
    key: "stamping-tien-phat-plain",
    legalName: "Co So Dap Kim Loai Tien Phat",
    descriptionVi: "Dap kim loai tam, dap vo hop, ban le, pat sat; nhan lam khuon dap.",
    categories: ["metal.stamping"],
    monthlyCapacity: { value: 150_000, unit: "pieces" },
    languages: ["vi"],
    location: { zoneId: "kcn-tan-tao" },
  },
];
