// Electronics suppliers of the labelled set: board makers and assemblers, harness shops (appliance, automotive,
// a small workshop), cable makers, panel builders and a component distributor.
import type { LabelledSupplier } from "./types.js";

export const electronicsSuppliers: LabelledSupplier[] = [
  {
    key: "pcb-saigon-circuits",
    legalName: "Saigon Circuits Co., Ltd",
    descriptionEn:
      "Rigid PCB fabrication, 1 to 8 layers, FR-4 and aluminium core, HASL or ENIG finish; quick-turn prototypes " +
      "in 5 working days and volume production.",
    categories: ["electronics.pcb"],
    materials: ["FR-4", "aluminium core"],
    certifications: [{ code: "ul" }, { code: "rohs" }, { code: "iso-9001", expiresOn: "2028-03-31" }],
    monthlyCapacity: { value: 8_000, unit: "m2" },
    moq: { value: 5, unit: "pieces" },
    leadTimeDays: 5,
    languages: ["vi", "en"],
    location: { zoneId: "kcnc-shtp" },
    verified: true,
  },
  {
    key: "pcb-phuong-nam-plain",
    legalName: "Cong ty TNHH Mach In Dien Tu Phuong Nam",
    descriptionVi:
      "San xuat mach in PCB 1 lop, 2 lop, phu thiec, in lua; lam mau nhanh cho sinh vien, xuong sua chua.",
    categories: ["electronics.pcb"],
    moq: { value: 1, unit: "pieces" },
    leadTimeDays: 3,
    languages: ["vi"],
    location: { zoneId: "kcn-tan-binh" },
  },
  {
    key: "pcba-vsip-viet",
    legalName: "Công ty TNHH Điện Tử VSIP Việt",
    descriptionVi:
      "Lắp ráp linh kiện SMT, DIP, hàn sóng, kiểm tra AOI, ICT; gia công bo mạch (PCBA) cho thiết bị gia dụng và " +
      "IoT, linh kiện 0402, BGA.",
    categories: ["electronics.pcba"],
    processes: ["SMT", "DIP", "AOI", "ICT"],
    certifications: [
      { code: "iso-9001", expiresOn: "2028-09-30" },
      { code: "rohs", expiresOn: "2027-09-30" },
    ],
    monthlyCapacity: { value: 200_000, unit: "pieces" },
    moq: { value: 500, unit: "pieces" },
    leadTimeDays: 14,
    languages: ["vi", "en"],
    location: { zoneId: "kcn-vsip-1" },
    verified: true,
  },
  {
    key: "pcba-pioneer-ems",
    legalName: "Pioneer EMS Vietnam Co., Ltd",
    descriptionEn:
      "Electronics manufacturing services: SMT lines down to 01005, box build, conformal coating, functional " +
      "testing; automotive and medical programmes.",
    categories: ["electronics.pcba"],
    certifications: [
      { code: "iatf-16949", expiresOn: "2028-01-31" },
      { code: "iso-13485", expiresOn: "2028-01-31" },
      { code: "iso-9001", expiresOn: "2028-01-31" },
    ],
    monthlyCapacity: { value: 1_000_000, unit: "pieces" },
    moq: { value: 5_000, unit: "pieces" },
    leadTimeDays: 21,
    languages: ["en", "vi", "zh"],
    location: { zoneId: "kcn-amata" },
  },
  {
    key: "pcba-trang-bang",
    legalName: "Công ty TNHH Điện Tử Trảng Bàng",
    descriptionVi: "Gia công SMT, lắp ráp PCBA cho thiết bị điện gia dụng; hàn sóng, kiểm tra AOI.",
    categories: ["electronics.pcba"],
    certifications: [{ code: "iso-9001" }, { code: "rohs" }],
    monthlyCapacity: { value: 100_000, unit: "pieces" },
    leadTimeDays: 15,
    languages: ["vi"],
    location: { zoneId: "kcn-trang-bang" },
  },
  {
    key: "harness-viet",
    legalName: "Viet Harness Co., Ltd",
    descriptionEn:
      "Wire harness and cable assembly for home appliances and motorbikes: JST/Molex terminals, UL-listed wire, " +
      "100% continuity testing. RoHS compliant.",
    categories: ["electronics.wire-harness"],
    certifications: [{ code: "rohs" }, { code: "iso-9001" }, { code: "iso-14001" }],
    monthlyCapacity: { value: 150_000, unit: "sets" },
    moq: { value: 1_000, unit: "sets" },
    leadTimeDays: 14,
    languages: ["vi", "en", "ko"],
    location: { zoneId: "kcn-my-phuoc-1" },
    verified: true,
  },
  {
    key: "harness-long-duc-auto",
    legalName: "Công ty TNHH Bó Dây Điện Ô Tô Long Đức",
    descriptionVi:
      "Sản xuất bó dây điện (wire harness) ô tô, xe máy, dây điện máy lạnh; bấm đầu cos, đúc đầu nối; đạt IATF " +
      "16949.",
    categories: ["electronics.wire-harness"],
    certifications: [{ code: "iatf-16949", expiresOn: "2027-10-31" }],
    monthlyCapacity: { value: 80_000, unit: "sets" },
    moq: { value: 500, unit: "sets" },
    leadTimeDays: 20,
    languages: ["vi", "ja"],
    location: { zoneId: "kcn-long-duc" },
  },
  {
    key: "harness-hoang-long-plain",
    legalName: "Xuong Bam Dau Day Dien Hoang Long",
    descriptionVi: "Bam dau cos, lam day dien, cap tin hieu, day nguon theo mau, so luong nho tu 100 soi.",
    categories: ["electronics.wire-harness"],
    monthlyCapacity: { value: 5_000, unit: "sets" },
    languages: ["vi"],
    location: { zoneId: "kcn-binh-chieu" },
  },
  {
    key: "cables-saigon-viet",
    legalName: "Công ty Cổ phần Dây Cáp Điện Sài Gòn Việt",
    descriptionVi:
      "Dây điện dân dụng, cáp điện lực, cáp điều khiển, dây điện từ (dây đồng tráng men) theo TCVN, IEC.",
    categories: ["electronics.cables-wires"],
    certifications: [{ code: "iso-9001" }],
    languages: ["vi"],
    location: { zoneId: "kcn-tan-tao" },
  },
  {
    key: "panels-nam-a",
    legalName: "Công ty TNHH Tủ Điện Công Nghiệp Nam Á",
    descriptionVi:
      "Thiết kế, lắp ráp tủ điện điều khiển, tủ PLC, tủ MCC, tủ phân phối cho dây chuyền sản xuất; vỏ tủ sơn tĩnh " +
      "điện tự sản xuất.",
    categories: ["electronics.control-panels"],
    certifications: [{ code: "iso-9001" }],
    languages: ["vi"],
    location: { zoneId: "kcn-song-than-2" },
  },
  {
    key: "panels-automation-bien-hoa",
    legalName: "Automation Solutions Vietnam Co., Ltd",
    descriptionEn:
      "PLC control panels, MCC and VFD panels, SCADA integration for production lines; UL 508A shop.",
    categories: ["electronics.control-panels"],
    certifications: [{ code: "ul" }],
    languages: ["en", "vi"],
    location: { zoneId: "kcn-bien-hoa-1" },
  },
  {
    key: "transformers-vinh-phat",
    legalName: "Cty TNHH Biến Áp Cuộn Dây Vĩnh Phát",
    descriptionVi: "Quấn biến áp xung, cuộn cảm, cuộn dây relay, biến áp nguồn cho bo mạch điện tử.",
    categories: ["electronics.transformers-coils"],
    languages: ["vi"],
    location: { zoneId: "kcn-vinh-loc" },
  },
  {
    key: "components-thien-an",
    legalName: "Thien An Electronic Components Co., Ltd",
    descriptionEn:
      "Distributor of passive components, connectors, ICs and LEDs; BOM kitting for EMS factories, stock in Ho Chi " +
      "Minh City.",
    categories: ["electronics.components", "electronics.connectors"],
    languages: ["en", "vi"],
    location: {
      address: "364 Cong Hoa, Tan Binh",
      province: "TP.HCM",
      lat: 10.803,
      lng: 106.644,
    },
  },
  {
    key: "pcba-tan-thuan",
    legalName: "Công ty TNHH Điện Tử Tân Thuận",
    descriptionVi:
      "Gia công SMT, lắp ráp bo mạch và box build thiết bị IoT, nạp firmware, kiểm tra chức năng; đạt ISO 9001.",
    categories: ["electronics.pcba"],
    certifications: [{ code: "iso-9001", expiresOn: "2028-06-30" }],
    monthlyCapacity: { value: 50_000, unit: "pieces" },
    moq: { value: 200, unit: "pieces" },
    leadTimeDays: 14,
    languages: ["vi", "en"],
    location: { zoneId: "kcx-tan-thuan" },
  },
  {
    key: "pcba-thanh-nhan-plain",
    legalName: "Xuong Han Linh Kien Dien Tu Thanh Nhan",
    descriptionVi: "Han board mach, lap rap linh kien DIP, sua chua board dien tu, so luong nho.",
    categories: ["electronics.pcba"],
    languages: ["vi"],
    location: { zoneId: "kcn-tan-binh" },
  },
  {
    key: "harness-vsip-wiring",
    legalName: "VSIP Wiring Systems Co., Ltd",
    descriptionEn:
      "Wire harnesses for home appliances and office equipment; JST, Molex and TE terminals; UL-certified wire.",
    categories: ["electronics.wire-harness"],
    certifications: [
      { code: "rohs", expiresOn: "2027-12-31" },
      { code: "iso-9001", expiresOn: "2027-12-31" },
    ],
    monthlyCapacity: { value: 200_000, unit: "sets" },
    moq: { value: 2_000, unit: "sets" },
    leadTimeDays: 15,
    languages: ["en", "ja", "vi"],
    location: { zoneId: "kcn-vsip-2a" },
  },
  {
    key: "harness-nhon-trach-auto",
    legalName: "Công ty TNHH Dây Điện Ô Tô Nhơn Trạch",
    descriptionVi: "Bó dây điện xe máy, ô tô; bấm đầu cos tự động, kiểm tra thông mạch 100%; IATF 16949.",
    categories: ["electronics.wire-harness"],
    certifications: [{ code: "iatf-16949", expiresOn: "2028-03-31" }],
    monthlyCapacity: { value: 60_000, unit: "sets" },
    languages: ["vi"],
    location: { zoneId: "kcn-nhon-trach-5" },
  },
];
