// Textile, garment, footwear and chemical suppliers of the labelled set: mills, trims, decoration, sewing
// factories, sole makers, adhesives and inks.
import type { LabelledSupplier } from "./types.js";

export const textileSuppliers: LabelledSupplier[] = [
  {
    key: "fabric-saigon-weaving",
    legalName: "Saigon Weaving Mills JSC",
    descriptionEn:
      "Woven fabrics: cotton twill, khaki, poplin, canvas and polyester-cotton (TC, CVC) blends; dyeing and " +
      "finishing in-house; OEKO-TEX Standard 100.",
    categories: ["textile.fabrics.woven"],
    materials: ["cotton", "TC 65/35", "CVC"],
    certifications: [
      { code: "oeko-tex", expiresOn: "2027-05-31" },
      { code: "iso-9001", expiresOn: "2027-05-31" },
    ],
    monthlyCapacity: { value: 1_500_000, unit: "m" },
    moq: { value: 3_000, unit: "m" },
    leadTimeDays: 25,
    languages: ["vi", "en"],
    location: { zoneId: "kcn-det-may-nhon-trach" },
  },
  {
    key: "fabric-vai-kaki-plain",
    legalName: "Cong ty TNHH Det Vai Thanh Cong Tay Ninh",
    descriptionVi: "Det va nhuom vai kaki, vai kate, vai TC may dong phuc cong nhan, bao ho lao dong.",
    categories: ["textile.fabrics.woven"],
    materials: ["kaki TC", "kate"],
    monthlyCapacity: { value: 400_000, unit: "m" },
    moq: { value: 1_000, unit: "m" },
    leadTimeDays: 20,
    languages: ["vi"],
    location: { zoneId: "kcn-thanh-thanh-cong" },
  },
  {
    key: "fabric-knit-phong-phu",
    legalName: "Công ty TNHH Dệt Kim Phong Phú Nam",
    descriptionVi:
      "Dệt kim vải cotton, CVC, TC: single jersey, cá sấu (pique), thun lạnh, nỉ; nhuộm hoạt tính và hoàn tất; đạt " +
      "OEKO-TEX.",
    categories: ["textile.fabrics.knit"],
    materials: ["cotton 100%", "CVC", "TC"],
    certifications: [{ code: "oeko-tex", expiresOn: "2027-08-31" }],
    monthlyCapacity: { value: 150_000, unit: "kg" },
    moq: { value: 500, unit: "kg" },
    leadTimeDays: 18,
    languages: ["vi", "en"],
    location: { zoneId: "kcn-phong-phu" },
  },
  {
    key: "fabric-nonwoven-dong-nam",
    legalName: "Cty Vải Không Dệt Đông Nam",
    descriptionVi: "Vải không dệt PP spunbond 15–200 gsm làm túi, khẩu trang, phủ nông nghiệp.",
    categories: ["textile.fabrics.nonwoven"],
    materials: ["PP spunbond"],
    monthlyCapacity: { value: 400, unit: "tonnes" },
    languages: ["vi"],
    location: { zoneId: "kcn-dong-nam" },
  },
  {
    key: "trims-hoang-gia",
    legalName: "Công ty TNHH Phụ Liệu May Hoàng Gia",
    descriptionVi:
      "Cung cấp dây kéo, nút, nhãn dệt và chỉ may cho các xưởng may xuất khẩu; nhuộm màu dây kéo theo mẫu.",
    categories: ["textile.trims.zippers", "textile.trims.buttons"],
    exampleProducts: ["dây kéo nylon số 5", "nút nhựa 4 lỗ"],
    certifications: [{ code: "oeko-tex", expiresOn: "2028-02-28" }],
    monthlyCapacity: { value: 2_000_000, unit: "pieces" },
    languages: ["vi"],
    location: {
      address: "Số 25 đường số 7, phường Bình Hưng Hòa",
      province: "TP.HCM",
      lat: 10.8,
      lng: 106.6,
    },
  },
  {
    key: "labels-woven-viet-tien",
    legalName: "Công ty TNHH Nhãn Dệt Việt Tiến",
    descriptionVi:
      "Nhãn dệt, nhãn in satin, nhãn size, thẻ bài (hang tag) cho hàng may mặc xuất khẩu; đạt OEKO-TEX Standard 100.",
    categories: ["textile.trims.labels-tags"],
    exampleProducts: ["nhãn dệt cổ áo", "thẻ bài giấy", "nhãn satin"],
    certifications: [{ code: "oeko-tex", expiresOn: "2027-12-31" }],
    monthlyCapacity: { value: 10_000_000, unit: "pieces" },
    leadTimeDays: 7,
    languages: ["vi", "en"],
    location: { zoneId: "kcn-tan-thoi-hiep" },
    verified: true,
  },
  {
    key: "thread-saigon",
    legalName: "Saigon Thread Co., Ltd",
    descriptionEn:
      "Polyester core-spun and spun sewing threads, embroidery threads; colour matching in 48 h; OEKO-TEX and " +
      "GRS recycled threads.",
    categories: ["textile.trims.sewing-thread"],
    materials: ["spun polyester", "recycled polyester"],
    certifications: [
      { code: "oeko-tex", expiresOn: "2027-06-30" },
      { code: "grs", expiresOn: "2027-06-30" },
    ],
    monthlyCapacity: { value: 300_000, unit: "rolls" },
    languages: ["en", "vi"],
    location: { zoneId: "kcn-tan-binh-bd" },
  },
  {
    key: "elastic-hung-phat-plain",
    legalName: "Cong ty TNHH Thun Det Kim Hung Phat",
    descriptionVi: "Det day thun, thun lung quan, day dai det, day vien, day du cho hang may mac.",
    categories: ["textile.trims.elastic-webbing"],
    languages: ["vi"],
    location: { zoneId: "kcn-tan-thoi-hiep" },
  },
  {
    key: "embroidery-thanh-dat",
    legalName: "Xưởng Thêu Vi Tính Thành Đạt",
    descriptionVi:
      "Thêu vi tính logo, thêu patch, thêu 3D lên áo, nón, túi; nhận thêu đơn hàng xuất khẩu số lượng lớn.",
    categories: ["textile.embroidery"],
    monthlyCapacity: { value: 300_000, unit: "pieces" },
    languages: ["vi"],
    location: {
      address: "88 đường Quang Trung, phường Gò Vấp",
      province: "TP.HCM",
      lat: 10.84,
      lng: 106.665,
    },
  },
  {
    key: "heat-transfer-an-ha",
    legalName: "Công ty TNHH In Chuyển Nhiệt Sài Gòn",
    descriptionVi:
      "In chuyển nhiệt decal, in lụa lên vải, in logo áo thun, nhãn in ép nhiệt (heat transfer label) cho hàng may " +
      "mặc.",
    categories: ["printing.heat-transfer", "printing.screen-printing"],
    languages: ["vi"],
    location: { zoneId: "kcn-an-ha" },
  },
  {
    key: "cmt-tan-uyen",
    legalName: "Công ty TNHH May Mặc Tân Uyên",
    descriptionVi:
      "Nhận gia công may (CMT/FOB) áo thun, áo polo, đồng phục, quần kaki; 6 chuyền may; đạt WRAP, amfori BSCI.",
    categories: ["textile.cut-make-trim"],
    certifications: [
      { code: "wrap", expiresOn: "2027-04-30" },
      { code: "amfori-bsci", expiresOn: "2027-01-31" },
    ],
    monthlyCapacity: { value: 120_000, unit: "pieces" },
    leadTimeDays: 30,
    languages: ["vi"],
    location: { zoneId: "kcn-nam-tan-uyen" },
  },
  {
    key: "cmt-long-an-apparel",
    legalName: "Long An Apparel Co., Ltd",
    descriptionEn:
      "Full-package garment manufacturer: knit tops, polo shirts, hoodies and sportswear; cutting, sewing, " +
      "printing and embroidery in-house.",
    categories: ["textile.cut-make-trim"],
    certifications: [{ code: "wrap", expiresOn: "2027-09-30" }, { code: "sedex-smeta" }],
    monthlyCapacity: { value: 400_000, unit: "pieces" },
    moq: { value: 3_000, unit: "pieces" },
    leadTimeDays: 45,
    languages: ["en", "vi", "zh"],
    location: { zoneId: "kcn-xuyen-a" },
  },
  {
    key: "soles-tan-hiep",
    legalName: "Công ty TNHH Đế Giày Tân Hiệp",
    descriptionVi:
      "Sản xuất đế giày cao su, đế PU, đế EVA phylon; ép đế theo khuôn của khách hàng giày thể thao.",
    categories: ["footwear.soles"],
    materials: ["EVA", "PU", "cao su"],
    monthlyCapacity: { value: 300_000, unit: "pairs" },
    leadTimeDays: 15,
    languages: ["vi", "zh"],
    location: { zoneId: "kcn-tan-dong-hiep-b" },
  },
  {
    key: "synthetic-leather-dong-nai",
    legalName: "Dong Nai PU Leather Co., Ltd",
    descriptionEn:
      "PU and PVC synthetic leather and microfiber for footwear, bags and upholstery; REACH compliant.",
    categories: ["footwear.synthetic-leather"],
    certifications: [{ code: "reach" }],
    languages: ["en", "zh", "vi"],
    location: { zoneId: "kcn-nhon-trach-5" },
  },
  {
    key: "footwear-minh-tam-plain",
    legalName: "Cty TNHH Phu Lieu Giay Da Minh Tam",
    descriptionVi: "Mieng lot giay (insole), pho mui, pho hau, day giay, khoen, oze cho nha may giay.",
    categories: ["footwear.insoles", "footwear.components"],
    languages: ["vi"],
    location: { zoneId: "kcn-viet-huong" },
  },
  {
    key: "adhesive-a-dong",
    legalName: "Công ty TNHH Keo Dán Công Nghiệp Á Đông",
    descriptionVi:
      "Keo dán giày PU gốc nước và gốc dung môi, keo nhiệt (hot melt), keo dán gỗ, keo dán thùng carton.",
    categories: ["chemicals.adhesives"],
    languages: ["vi"],
    location: { zoneId: "kcn-song-may" },
  },
  {
    key: "inks-southern",
    legalName: "Southern Printing Inks Co., Ltd",
    descriptionEn:
      "Water-based flexo inks for corrugated board, solvent gravure inks for flexible packaging, UV offset inks.",
    categories: ["chemicals.inks"],
    languages: ["en", "vi"],
    location: { zoneId: "kcn-le-minh-xuan" },
  },
  {
    key: "pad-print-phu-thinh",
    legalName: "Cơ Sở In Tampon Và Khắc Laser Phú Thịnh",
    descriptionVi: "In tampon logo lên sản phẩm nhựa, khắc laser mã QR, số seri lên kim loại và nhựa.",
    categories: ["printing.pad-printing", "printing.laser-marking"],
    languages: ["vi"],
    location: { zoneId: "kcn-binh-duong-di-an" },
  },
  {
    key: "fabric-knit-tay-ninh",
    legalName: "Tay Ninh Knitting Mills Co., Ltd",
    descriptionEn:
      "Circular knitting of cotton and polyester single jersey, rib and fleece; reactive and disperse dyeing; " +
      "OEKO-TEX Standard 100.",
    categories: ["textile.fabrics.knit"],
    materials: ["cotton", "polyester"],
    certifications: [{ code: "oeko-tex", expiresOn: "2028-01-31" }],
    monthlyCapacity: { value: 300_000, unit: "kg" },
    languages: ["en", "zh", "vi"],
    location: { zoneId: "kcn-thanh-thanh-cong" },
  },
  {
    key: "fabric-knit-thanh-phat-plain",
    legalName: "Co So Det Kim Thanh Phat",
    descriptionVi: "Det kim vai thun cotton, thun 4 chieu, ca sau; nhan nhuom gia cong.",
    categories: ["textile.fabrics.knit"],
    monthlyCapacity: { value: 40_000, unit: "kg" },
    languages: ["vi"],
    location: {
      address: "210 duong Tan Ky Tan Quy, phuong Binh Tan",
      province: "TP.HCM",
      lat: 10.76,
      lng: 106.6,
    },
  },
];
