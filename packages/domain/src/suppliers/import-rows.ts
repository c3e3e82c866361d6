// Reading one row of an association's member-directory spreadsheet as a supplier profile. Those sheets are made
// by people, not programs: Vietnamese headers, category names instead of codes, "1.000.000" and "1,5", dates as
// DD/MM/YYYY, leading zeros eaten by Excel. Lenient about notation, strict about meaning: a value that cannot be
// read is reported with the column it came from, never dropped, so an imported profile says what the sheet said.
import { resolveCategory, resolveCategoryCandidates, resolveCertification } from "../taxonomy/index.js";
import { foldToWords } from "../text/fold.js";
import { parseQuantityUnit, type QuantityUnit } from "../units/quantity-units.js";
import {
  type businessLanguages,
  type SupplierProfileInput,
  type SupplierProfileRawInput,
  supplierProfileInputSchema,
} from "./profile-schema.js";

type BusinessLanguage = (typeof businessLanguages)[number];

// Unit words belong to the units module; the import reads them through it.
export { parseQuantityUnit };

// ── Columns ──────────────────────────────────────────────────────────────────────────────────────────────────

export const importColumns = [
  "tax_code",
  "legal_name",
  "trade_name",
  "categories",
  "certifications",
  "zone",
  "address",
  "province",
  "lat",
  "lng",
  "description_vi",
  "description_en",
  "processes",
  "materials",
  "products",
  "monthly_capacity",
  "capacity_unit",
  "moq",
  "moq_unit",
  "lead_time_days",
  "languages",
  "export_markets",
  "staff_size",
  "year_founded",
  "delivery_radius_km",
  "rooftop_solar_kwp",
  "recycled_material_percent",
  "contact_name",
  "contact_email",
  "contact_phone",
  "website",
] as const;
export type ImportColumn = (typeof importColumns)[number];

export interface ImportColumnSpec {
  column: ImportColumn;
  /** What goes in the column, for the API documentation. */
  hint: string;
  /** Headers people write for it, matched after folding (case, diacritics and punctuation do not matter). */
  aliases: readonly string[];
}

/** Every column the import understands, with the headers association spreadsheets actually use. */
export const importColumnCatalog: readonly ImportColumnSpec[] = [
  {
    column: "tax_code",
    hint: "required; Mã số thuế, 10 digits or 10 + 3 for a branch; identifies the profile on re-import",
    aliases: [
      "Mã số thuế",
      "MST",
      "Mã số DN",
      "Mã số doanh nghiệp",
      "Mã DN",
      "Mã số thuế doanh nghiệp",
      "Tax code",
      "Tax ID",
      "Tax number",
      "TIN",
    ],
  },
  {
    column: "legal_name",
    hint: "required; the registered name",
    aliases: [
      "Tên doanh nghiệp",
      "Tên công ty",
      "Tên DN",
      "Tên đơn vị",
      "Tên pháp lý",
      "Tên đăng ký",
      "Tên hội viên",
      "Doanh nghiệp",
      "Công ty",
      "Legal name",
      "Company name",
      "Company",
    ],
  },
  {
    column: "trade_name",
    hint: "short or brand name",
    aliases: [
      "Tên giao dịch",
      "Tên thương mại",
      "Tên viết tắt",
      "Tên tiếng Anh",
      "Thương hiệu",
      "Trade name",
      "Short name",
      "Brand",
    ],
  },
  {
    column: "categories",
    hint: "required; category codes or any Vietnamese/English name or synonym: 'Bao bì giấy; Thùng carton'",
    aliases: [
      "Ngành hàng",
      "Lĩnh vực",
      "Lĩnh vực hoạt động",
      "Lĩnh vực kinh doanh",
      "Ngành nghề",
      "Ngành nghề kinh doanh",
      "Nhóm ngành",
      "Nhóm sản phẩm",
      "Danh mục",
      "Categories",
      "Category",
      "Industry",
      "Sector",
    ],
  },
  {
    column: "certifications",
    hint: "names or codes, each with an optional expiry date: 'ISO 9001 (hết hạn 31/12/2027); FSC'",
    aliases: [
      "Chứng nhận",
      "Chứng chỉ",
      "Chứng nhận/Chứng chỉ",
      "Tiêu chuẩn",
      "Tiêu chuẩn chất lượng",
      "Hệ thống quản lý",
      "Certifications",
      "Certification",
      "Certificates",
    ],
  },
  {
    column: "zone",
    hint: "industrial zone id or name: 'kcn-song-than-1', 'VSIP I', 'KCN Tân Bình'",
    aliases: [
      "KCN",
      "KCN/KCX",
      "Khu công nghiệp",
      "Khu CN",
      "Khu chế xuất",
      "Zone",
      "Zone ID",
      "Industrial zone",
      "Industrial park",
    ],
  },
  {
    column: "address",
    hint: "street address; with province, lat and lng it replaces the zone",
    aliases: [
      "Địa chỉ",
      "Địa chỉ nhà máy",
      "Địa chỉ xưởng",
      "Địa chỉ sản xuất",
      "Address",
      "Factory address",
    ],
  },
  {
    column: "province",
    hint: "'TP.HCM', 'Bình Dương', 'Đồng Nai'… (former names are understood)",
    aliases: ["Tỉnh/Thành", "Tỉnh/Thành phố", "Tỉnh thành", "Tỉnh", "Thành phố", "Province", "City/Province"],
  },
  { column: "lat", hint: "latitude, decimal degrees", aliases: ["Vĩ độ", "Latitude", "Lat"] },
  {
    column: "lng",
    hint: "longitude, decimal degrees",
    aliases: ["Kinh độ", "Longitude", "Lng", "Lon", "Long"],
  },
  {
    column: "description_vi",
    hint: "description in Vietnamese",
    aliases: [
      "Mô tả",
      "Giới thiệu",
      "Giới thiệu doanh nghiệp",
      "Mô tả tiếng Việt",
      "Description (Vietnamese)",
    ],
  },
  {
    column: "description_en",
    hint: "description in English",
    aliases: ["Mô tả tiếng Anh", "Giới thiệu tiếng Anh", "Description", "Description (English)"],
  },
  {
    column: "processes",
    hint: "list of processes: 'in flexo; bế hộp'",
    aliases: ["Công nghệ", "Quy trình", "Công đoạn", "Năng lực gia công", "Processes", "Capabilities"],
  },
  { column: "materials", hint: "list of materials", aliases: ["Vật liệu", "Nguyên liệu", "Materials"] },
  {
    column: "products",
    hint: "list of example products",
    aliases: [
      "Sản phẩm",
      "Sản phẩm chính",
      "Sản phẩm tiêu biểu",
      "Sản phẩm/Dịch vụ",
      "Products",
      "Main products",
      "Example products",
    ],
  },
  {
    column: "monthly_capacity",
    hint: "a number, optionally with its unit: '500.000', '500,000 cái', '12 tấn'",
    aliases: [
      "Năng lực/tháng",
      "Năng lực sản xuất",
      "Năng lực sản xuất/tháng",
      "Công suất",
      "Công suất/tháng",
      "Sản lượng/tháng",
      "Monthly capacity",
      "Capacity",
    ],
  },
  {
    column: "capacity_unit",
    hint: "pieces, sets, pairs, kg, tonnes, m, m2, m3, litres, cartons, rolls, sheets (or cái, bộ, đôi, tấn…)",
    aliases: ["Đơn vị", "Đơn vị tính", "ĐVT", "Đơn vị năng lực", "Capacity unit", "Unit"],
  },
  {
    column: "moq",
    hint: "minimum order quantity, like monthly_capacity",
    aliases: [
      "MOQ",
      "Đơn hàng tối thiểu",
      "Số lượng tối thiểu",
      "SL tối thiểu",
      "Minimum order",
      "Minimum order quantity",
    ],
  },
  {
    column: "moq_unit",
    hint: "unit of the MOQ; defaults to capacity_unit",
    aliases: ["Đơn vị MOQ", "ĐVT MOQ", "MOQ unit"],
  },
  {
    column: "lead_time_days",
    hint: "days; a range such as '7-10' counts as its upper end",
    aliases: [
      "Thời gian giao hàng (ngày)",
      "Thời gian giao hàng",
      "Thời gian sản xuất",
      "Số ngày giao hàng",
      "Lead time",
      "Lead time (days)",
    ],
  },
  {
    column: "languages",
    hint: "codes or names: 'vi, en', 'Tiếng Anh; Tiếng Nhật'",
    aliases: ["Ngôn ngữ", "Ngoại ngữ", "Languages", "Language"],
  },
  {
    column: "export_markets",
    hint: "ISO 3166 codes or country names: 'JP, KR', 'Nhật Bản; Hàn Quốc; EU'",
    aliases: ["Thị trường xuất khẩu", "Xuất khẩu", "Thị trường", "Export markets", "Markets"],
  },
  {
    column: "staff_size",
    hint: "number of staff; a range such as '50-100' counts as its lower end",
    aliases: [
      "Số lao động",
      "Số nhân viên",
      "Số công nhân",
      "Quy mô lao động",
      "Lao động",
      "Nhân sự",
      "Staff size",
      "Staff",
      "Employees",
      "Headcount",
    ],
  },
  {
    column: "year_founded",
    hint: "a year, or a founding date",
    aliases: ["Năm thành lập", "Thành lập", "Ngày thành lập", "Year founded", "Founded", "Established"],
  },
  {
    column: "delivery_radius_km",
    hint: "kilometres",
    aliases: ["Bán kính giao hàng (km)", "Bán kính giao hàng", "Delivery radius (km)", "Delivery radius"],
  },
  {
    column: "rooftop_solar_kwp",
    hint: "installed rooftop solar, kWp",
    aliases: [
      "Điện mặt trời áp mái (kWp)",
      "Điện mặt trời áp mái",
      "Điện mặt trời",
      "Rooftop solar (kWp)",
      "Rooftop solar",
      "Solar kWp",
    ],
  },
  {
    column: "recycled_material_percent",
    hint: "0-100 ('60', '60%'; a spreadsheet percentage cell also works)",
    aliases: [
      "Tỷ lệ vật liệu tái chế (%)",
      "Tỷ lệ vật liệu tái chế",
      "Vật liệu tái chế (%)",
      "Tỷ lệ tái chế",
      "Recycled material (%)",
      "Recycled material percent",
      "Recycled content",
    ],
  },
  {
    column: "contact_name",
    hint: "contact person; when only email or phone is given, the company name is used",
    aliases: [
      "Người liên hệ",
      "Họ tên người liên hệ",
      "Người đại diện",
      "Liên hệ",
      "Contact",
      "Contact name",
      "Contact person",
    ],
  },
  {
    column: "contact_email",
    hint: "email address",
    aliases: ["Email", "E-mail", "Thư điện tử", "Email liên hệ", "Contact email"],
  },
  {
    column: "contact_phone",
    hint: "phone number",
    aliases: [
      "Điện thoại",
      "Số điện thoại",
      "Điện thoại liên hệ",
      "SĐT",
      "ĐT",
      "Di động",
      "Hotline",
      "Tel",
      "Phone",
      "Mobile",
      "Contact phone",
    ],
  },
  { column: "website", hint: "'minpack.vn' or a full URL", aliases: ["Website", "Trang web", "Web", "URL"] },
];

const headerIndex = new Map<string, ImportColumn>();
for (const spec of importColumnCatalog) {
  for (const name of [spec.column, ...spec.aliases]) {
    const key = foldToWords(name.replace(/_/g, " "));
    const taken = headerIndex.get(key);
    if (taken && taken !== spec.column) {
      throw new Error(`import header "${name}" names both ${taken} and ${spec.column}`);
    }
    headerIndex.set(key, spec.column);
  }
}

/** The column a header names, or undefined. A bracketed note ("Email (bắt buộc)") is ignored if need be. */
export function importColumnOf(header: string): ImportColumn | undefined {
  return (
    headerIndex.get(foldToWords(header)) ??
    headerIndex.get(foldToWords(header.replace(/\([^)]*\)|\[[^\]]*\]|\*/g, " ")))
  );
}

export const requiredImportColumns = ["tax_code", "legal_name", "categories"] as const;
/** Without a zone column, a location needs all four of these. */
export const addressImportColumns = ["address", "province", "lat", "lng"] as const;

export interface ImportHeaderMapping {
  /** The column each header position feeds, undefined for headers the import does not know. */
  columns: (ImportColumn | undefined)[];
  /** Required columns that no header names (see requiredImportColumns and addressImportColumns). */
  missingRequired: string[];
  /** Headers, as written, that name no column; their cells are ignored. */
  unknown: string[];
  /** Columns named by more than one header; the file is ambiguous. */
  duplicated: ImportColumn[];
}

export function mapImportHeaders(headers: readonly string[]): ImportHeaderMapping {
  const columns: (ImportColumn | undefined)[] = [];
  const unknown: string[] = [];
  const duplicated: ImportColumn[] = [];
  const seen = new Set<ImportColumn>();
  for (const header of headers) {
    const column = importColumnOf(header);
    if (column === undefined) {
      if (header.trim()) unknown.push(header.trim());
      columns.push(undefined);
      continue;
    }
    if (seen.has(column)) {
      if (!duplicated.includes(column)) duplicated.push(column);
      columns.push(undefined);
      continue;
    }
    seen.add(column);
    columns.push(column);
  }
  const missingRequired: string[] = requiredImportColumns.filter((column) => !seen.has(column));
  if (!seen.has("zone")) {
    const givenAddress = addressImportColumns.filter((column) => seen.has(column));
    // Someone who started on the address route is told what it lacks; otherwise the zone is the short way.
    if (givenAddress.length === 0) missingRequired.push("zone");
    else missingRequired.push(...addressImportColumns.filter((column) => !seen.has(column)));
  }
  return { columns, missingRequired, unknown, duplicated };
}

// ── Values ───────────────────────────────────────────────────────────────────────────────────────────────────

const anySeparator = /[;\n|,]/;
const strongSeparator = /[;\n|]/;

function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

const blanks = /[\s\u00a0\u202f]/g;

/**
 * A number in Vietnamese or English notation: "1.000.000", "1,000,000", "1,5", "2.5", "1.234,5". A single
 * separator followed by exactly three digits ("1.500", "1,500") groups thousands, the reading both notations share;
 * "0.500" stays a decimal. Undefined when the text is not a number.
 */
export function parseImportNumber(text: string): number | undefined {
  const s = text.replace(blanks, "");
  const match = /^([+-]?)(\d[\d.,]*)$/.exec(s);
  if (!match) return undefined;
  const sign = match[1] === "-" ? -1 : 1;
  const body = match[2] ?? "";
  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;
  let normalised: string | undefined;
  if (dots === 0 && commas === 0) normalised = body;
  else if (dots > 0 && commas > 0) {
    const decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    const group = decimal === "." ? "," : ".";
    const [whole = "", fraction, extra] = body.split(decimal);
    if (extra === undefined && fraction && isGrouped(whole, group)) {
      normalised = `${whole.split(group).join("")}.${fraction}`;
    }
  } else {
    const separator = dots > 0 ? "." : ",";
    const parts = body.split(separator);
    if (parts.length > 2) {
      if (isGrouped(body, separator)) normalised = parts.join("");
    } else {
      const [whole = "", fraction = ""] = parts;
      if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) normalised = whole + fraction;
      else if (whole && fraction) normalised = `${whole}.${fraction}`;
    }
  }
  if (normalised === undefined) return undefined;
  const value = Number(normalised);
  return Number.isFinite(value) ? sign * value : undefined;
}

function isGrouped(text: string, group: string): boolean {
  const [first = "", ...rest] = text.split(group);
  return /^\d{1,3}$/.test(first) && rest.every((part) => /^\d{3}$/.test(part));
}

/** A coordinate: a plain decimal, with a point or a comma ("10.8975", "10,8975"); never grouped thousands. */
export function parseCoordinate(text: string): number | undefined {
  const s = text.replace(blanks, "");
  const normalised = /^[+-]?\d+,\d+$/.test(s) ? s.replace(",", ".") : s;
  if (!/^[+-]?\d+(\.\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}

const languageAliases: Record<BusinessLanguage, readonly string[]> = {
  vi: ["vi", "vie", "tiếng Việt", "Việt", "Vietnamese"],
  en: ["en", "eng", "tiếng Anh", "Anh", "English"],
  zh: ["zh", "tiếng Trung", "tiếng Hoa", "Trung", "Hoa", "Chinese", "Mandarin"],
  ja: ["ja", "jp", "tiếng Nhật", "Nhật", "Japanese"],
  ko: ["ko", "kr", "tiếng Hàn", "Hàn", "Korean"],
  th: ["th", "tiếng Thái", "Thái", "Thai"],
  fr: ["fr", "tiếng Pháp", "Pháp", "French"],
  de: ["de", "tiếng Đức", "Đức", "German"],
};
const languageIndex = new Map<string, BusinessLanguage>();
for (const [code, aliases] of Object.entries(languageAliases) as [BusinessLanguage, readonly string[]][]) {
  for (const alias of aliases) languageIndex.set(foldToWords(alias), code);
}

// Country names come from the runtime's CLDR data in English and Vietnamese; the table adds what traders write
// that CLDR does not ("Mỹ", "Hàn", "UK", "Châu Âu"). Codes outside real countries (private-use ranges, "UN",
// "ZZ") are left out; "EU" stays because directories list it as one market.
const marketAliases: Record<string, readonly string[]> = {
  US: ["Mỹ", "Hoa Kỳ", "USA", "U.S.", "America", "United States of America"],
  JP: ["Nhật", "Nhật Bản", "Japan"],
  KR: ["Hàn", "Hàn Quốc", "Nam Hàn", "Korea", "South Korea", "Republic of Korea"],
  CN: ["Trung Quốc", "Trung", "China", "Mainland China"],
  TW: ["Đài Loan", "Taiwan"],
  HK: ["Hồng Kông", "Hong Kong"],
  GB: ["Anh", "Vương quốc Anh", "UK", "England", "Britain", "Great Britain", "United Kingdom"],
  DE: ["Đức", "Germany"],
  FR: ["Pháp", "France"],
  IT: ["Ý", "Italia", "Italy"],
  NL: ["Hà Lan", "Netherlands", "Holland"],
  ES: ["Tây Ban Nha", "Spain"],
  AU: ["Úc", "Australia"],
  CA: ["Canada"],
  SG: ["Singapore"],
  MY: ["Malaysia", "Mã Lai"],
  TH: ["Thái Lan", "Thái", "Thailand"],
  ID: ["Indonesia", "Indo"],
  PH: ["Philippines", "Phi"],
  KH: ["Campuchia", "Cambodia"],
  LA: ["Lào", "Laos"],
  MM: ["Myanmar", "Miến Điện", "Burma"],
  IN: ["Ấn Độ", "India"],
  BD: ["Bangladesh"],
  AE: ["UAE", "Dubai", "Emirates"],
  RU: ["Nga", "Russia"],
  MX: ["Mexico", "Mễ Tây Cơ"],
  BR: ["Brazil", "Braxin"],
  NZ: ["New Zealand", "Niu Di-lân"],
  EU: ["EU", "Châu Âu", "Liên minh châu Âu", "Europe", "European Union"],
};
const notCountries = new Set(["AA", "UN", "EZ", "ZZ"]);
const marketIndex = new Map<string, string>();
const knownMarketCodes = new Set<string>();
{
  const names = [
    new Intl.DisplayNames(["en"], { type: "region" }),
    new Intl.DisplayNames(["vi"], { type: "region" }),
  ];
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      if (notCountries.has(code) || a === "Q" || (a === "X" && code !== "XK")) continue;
      const english = names[0]?.of(code);
      if (!english || english === code) continue;
      knownMarketCodes.add(code);
      for (const display of names) {
        const name = display.of(code) ?? "";
        for (const variant of [name, name.replace(/\([^)]*\)/g, "")]) {
          const key = foldToWords(variant);
          if (key && !marketIndex.has(key)) marketIndex.set(key, code);
        }
      }
    }
  }
  // The table wins over CLDR where they differ.
  for (const [code, aliases] of Object.entries(marketAliases)) {
    knownMarketCodes.add(code);
    for (const alias of aliases) marketIndex.set(foldToWords(alias), code);
  }
}

export function resolveExportMarket(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && knownMarketCodes.has(trimmed.toUpperCase())) {
    return trimmed.toUpperCase() === "UK" ? "GB" : trimmed.toUpperCase();
  }
  return marketIndex.get(foldToWords(trimmed));
}

/** A calendar date as YYYY-MM-DD from "2027-05-01" or "01/05/2027" (day first, as Vietnam writes it). */
const datePattern = /(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/;

function isoDateOf(match: RegExpExecArray): string | undefined {
  const [year, month, day] = match[1]
    ? [match[1], match[2], match[3]]
    : [match[6] ?? "", match[5] ?? "", match[4] ?? ""];
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

// Words around an expiry date: "(hết hạn 2027-05-01)", "- exp 31/12/2026", "hiệu lực đến 30/06/2028".
const expiryWords = [
  "ngay het han",
  "het han ngay",
  "het han",
  "han den",
  "han",
  "hieu luc den",
  "hieu luc",
  "den ngay",
  "den",
  "hsd",
  "exp",
  "expires",
  "expiry",
  "expiring",
  "expiration",
  "valid until",
  "valid to",
  "valid thru",
  "valid through",
  "until",
  "to",
];

function withoutExpiryWords(folded: string): string {
  let rest = folded;
  let changed = true;
  while (changed) {
    changed = false;
    for (const words of expiryWords) {
      if (rest === words) return "";
      if (rest.endsWith(` ${words}`)) {
        rest = rest.slice(0, -words.length - 1);
        changed = true;
      }
    }
  }
  return rest;
}

// ── Rows ─────────────────────────────────────────────────────────────────────────────────────────────────────

export interface ImportRowError {
  /** The canonical column the problem is in (tax_code, categories…). */
  column: string;
  message: string;
}

export interface ImportLookups {
  /** An industrial zone by id or by name ("kcn-song-than-1", "VSIP I", "KCN Sóng Thần 2"). */
  findZone(ref: string): { id: string } | undefined;
}

export type ImportRowResult =
  | { ok: true; input: SupplierProfileInput }
  | { ok: false; errors: ImportRowError[] };

type Resolved<T> = { ok: true; values: T[] } | { ok: false; message: string };

/**
 * Resolves each entry of a list cell. Entries are separated by ";", "|" or new lines; a comma separates too, but
 * only when the text does not resolve as a whole and every comma-separated piece does, because names may hold
 * commas where codes never do.
 */
function resolveList<T>(
  text: string,
  resolveOne: (entry: string) => Resolved<T>,
  column: ImportColumn,
  errors: ImportRowError[],
): T[] {
  const values: T[] = [];
  for (const entry of splitList(text, strongSeparator)) {
    const whole = resolveOne(entry);
    if (whole.ok) {
      values.push(...whole.values);
      continue;
    }
    const pieces = splitList(entry, /,/);
    if (pieces.length < 2) {
      errors.push({ column, message: whole.message });
      continue;
    }
    for (const piece of pieces) {
      const resolved = resolveOne(piece);
      if (resolved.ok) values.push(...resolved.values);
      else errors.push({ column, message: resolved.message });
    }
  }
  return values;
}

function resolveCategoryEntry(entry: string): Resolved<string> {
  const category = resolveCategory(entry);
  if (category) return { ok: true, values: [category.code] };
  const candidates = resolveCategoryCandidates(entry);
  if (candidates.length > 1) {
    const listed = candidates.map((c) => `${c.code} (${c.nameVi})`).join(", ");
    return {
      ok: false,
      message: `"${entry}" names more than one category: ${listed}; write the code you mean`,
    };
  }
  return {
    ok: false,
    message: `"${entry}" is not a category we know; use a code or a name from GET /v1/categories`,
  };
}

type HeldCertification = NonNullable<SupplierProfileRawInput["certifications"]>[number];

function resolveCertificationEntry(entry: string): Resolved<HeldCertification> {
  const date = datePattern.exec(entry);
  let expiresOn: string | undefined;
  let name = entry;
  if (date) {
    expiresOn = isoDateOf(date);
    if (!expiresOn) {
      return {
        ok: false,
        message: `"${date[0]}" in "${entry}" is not a date (write YYYY-MM-DD or DD/MM/YYYY)`,
      };
    }
    name = entry.slice(0, date.index) + entry.slice(date.index + date[0].length);
  }
  const certification = resolveCertification(withoutExpiryWords(foldToWords(name)));
  if (!certification) {
    return {
      ok: false,
      message: `"${entry}" is not a certification we know; use a code or a name from GET /v1/certifications`,
    };
  }
  return { ok: true, values: [{ code: certification.code, ...(expiresOn ? { expiresOn } : {}) }] };
}

function resolveLanguageEntry(entry: string): Resolved<BusinessLanguage> {
  const code = languageIndex.get(foldToWords(entry));
  if (code) return { ok: true, values: [code] };
  const known = Object.keys(languageAliases).join(", ");
  return { ok: false, message: `"${entry}" is not a language we know (${known}, or their names)` };
}

function resolveMarketEntry(entry: string): Resolved<string> {
  const code = resolveExportMarket(entry);
  if (code) return { ok: true, values: [code] };
  return { ok: false, message: `"${entry}" is not a country we know; write its ISO code such as JP or DE` };
}

/** Excel stores a tax code typed as a number without its leading zero (0312687878 → 312687878). */
function restoreTaxCode(text: string): string {
  return /^\d{9}$|^\d{12}$/.test(text) ? `0${text}` : text;
}

/** The same for phone numbers: a Vietnamese number without its trunk zero ("2838221234", "903123456"). */
function restorePhone(text: string): string {
  return /^[1-9]\d{8,9}$/.test(text) && !text.startsWith("84") ? `0${text}` : text;
}

function websiteUrl(text: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
}

/** The upper or lower end of a range ("7-10", "50 – 100"), or the single number, after dropping unit words. */
function parseRange(text: string, end: "lower" | "upper", words: RegExp): number | undefined {
  const stripped = text.replace(words, "").trim();
  const range = /^(.+?)\s*(?:-|–|—|~|đến|to)\s*(.+)$/i.exec(stripped);
  if (range?.[1] && range[2]) {
    const low = parseImportNumber(range[1]);
    const high = parseImportNumber(range[2]);
    if (low === undefined || high === undefined) return undefined;
    return end === "lower" ? Math.min(low, high) : Math.max(low, high);
  }
  return parseImportNumber(stripped);
}

/** Maps a schema path (["location", "lat"]) back to the spreadsheet column it came from. */
function columnOfPath(path: readonly PropertyKey[]): ImportColumn {
  const [head, sub] = path;
  switch (head) {
    case "legalName":
      return "legal_name";
    case "tradeName":
      return "trade_name";
    case "taxCode":
      return "tax_code";
    case "descriptionVi":
      return "description_vi";
    case "descriptionEn":
      return "description_en";
    case "exampleProducts":
      return "products";
    case "monthlyCapacity":
      return sub === "unit" ? "capacity_unit" : "monthly_capacity";
    case "moq":
      return sub === "unit" ? "moq_unit" : "moq";
    case "leadTimeDays":
      return "lead_time_days";
    case "exportMarkets":
      return "export_markets";
    case "staffSize":
      return "staff_size";
    case "yearFounded":
      return "year_founded";
    case "deliveryRadiusKm":
      return "delivery_radius_km";
    case "location":
      return sub === "address" || sub === "province" || sub === "lat" || sub === "lng" ? sub : "zone";
    case "green":
      return sub === "recycledMaterialPercent" ? "recycled_material_percent" : "rooftop_solar_kwp";
    case "contact":
      return sub === "email" ? "contact_email" : sub === "phone" ? "contact_phone" : "contact_name";
    case "categories":
    case "certifications":
    case "processes":
    case "materials":
    case "languages":
    case "website":
      return head;
    default:
      return "tax_code";
  }
}

/**
 * One data row as profile input. `cells` holds the row's text by canonical column; absent and blank columns are
 * the same. Every problem in the row is reported, each with its column, so one pass over the file fixes it.
 */
export function importRowToProfile(
  cells: Partial<Record<string, string>>,
  lookups: ImportLookups,
): ImportRowResult {
  const errors: ImportRowError[] = [];
  const cell = (column: ImportColumn) => (cells[column] ?? "").trim();
  const fail = (column: ImportColumn, message: string) => errors.push({ column, message });

  const number = (column: ImportColumn, unitWords: RegExp) => {
    const text = cell(column);
    if (!text) return undefined;
    const value = parseImportNumber(text.replace(unitWords, "").trim());
    if (value === undefined) fail(column, `"${text}" is not a number`);
    return value;
  };

  /** A number with its unit, the unit written after the number or in its own column. */
  const quantity = (valueColumn: ImportColumn, unitColumn: ImportColumn, fallbackUnit?: QuantityUnit) => {
    const text = cell(valueColumn);
    if (!text) return undefined;
    const split = /^([+-]?\d[\d.,\u00a0\u202f ]*)(.*)$/.exec(text);
    const value = split ? parseImportNumber(split[1] ?? "") : undefined;
    if (value === undefined) {
      fail(valueColumn, `"${text}" is not a quantity such as 500.000 or "12 tấn"`);
      return undefined;
    }
    const inline = split?.[2]?.trim() ?? "";
    const unitText = inline || cell(unitColumn);
    if (!unitText) {
      if (fallbackUnit) return { value, unit: fallbackUnit };
      fail(unitColumn, `is required with ${valueColumn} (pieces, kg, tonnes, m2…)`);
      return undefined;
    }
    const unit = parseQuantityUnit(unitText);
    if (!unit) {
      fail(
        inline ? valueColumn : unitColumn,
        `"${unitText}" is not a unit we know (pieces, sets, pairs, kg, tonnes, m, m2, m3, litres…)`,
      );
      return undefined;
    }
    return { value, unit };
  };

  const list = (column: ImportColumn) => {
    const text = cell(column);
    return text ? splitList(text, anySeparator) : undefined;
  };

  const raw: Partial<SupplierProfileRawInput> = {};

  const taxCode = cell("tax_code");
  if (!taxCode) fail("tax_code", "is required");
  else if (/^\d(\.\d+)?e\+?\d+$/i.test(taxCode)) {
    fail(
      "tax_code",
      `"${taxCode}" was turned into a number by Excel; format the column as Text and re-enter it`,
    );
  } else raw.taxCode = restoreTaxCode(taxCode);

  const legalName = cell("legal_name");
  if (!legalName) fail("legal_name", "is required");
  else raw.legalName = legalName;
  if (cell("trade_name")) raw.tradeName = cell("trade_name");
  if (cell("description_vi")) raw.descriptionVi = cell("description_vi");
  if (cell("description_en")) raw.descriptionEn = cell("description_en");

  if (!cell("categories")) fail("categories", "is required: name at least one category");
  else raw.categories = resolveList(cell("categories"), resolveCategoryEntry, "categories", errors);

  if (cell("certifications")) {
    raw.certifications = resolveList(
      cell("certifications"),
      resolveCertificationEntry,
      "certifications",
      errors,
    );
  }

  raw.processes = list("processes");
  raw.materials = list("materials");
  raw.exampleProducts = list("products");

  raw.monthlyCapacity = quantity("monthly_capacity", "capacity_unit");
  // Sheets often have one unit column for both; an MOQ without its own unit is counted like the capacity.
  raw.moq = quantity(
    "moq",
    "moq_unit",
    raw.monthlyCapacity?.unit ?? parseQuantityUnit(cell("capacity_unit")),
  );

  if (cell("lead_time_days")) {
    raw.leadTimeDays = parseRange(cell("lead_time_days"), "upper", /\s*(ngày|ngay|days?|d)\.?\s*$/i);
    if (raw.leadTimeDays === undefined)
      fail("lead_time_days", `"${cell("lead_time_days")}" is not a number of days`);
  }
  if (cell("staff_size")) {
    raw.staffSize = parseRange(
      cell("staff_size"),
      "lower",
      /\s*(người|nguoi|lao động|nhân viên|công nhân|people|persons|employees|staff)\.?\s*$/i,
    );
    if (raw.staffSize === undefined) fail("staff_size", `"${cell("staff_size")}" is not a number of staff`);
  }

  if (cell("languages"))
    raw.languages = resolveList(cell("languages"), resolveLanguageEntry, "languages", errors);
  if (cell("export_markets")) {
    raw.exportMarkets = resolveList(cell("export_markets"), resolveMarketEntry, "export_markets", errors);
  }

  const founded = cell("year_founded");
  if (founded) {
    const date = datePattern.exec(founded);
    const year = date ? isoDateOf(date)?.slice(0, 4) : /^\d{4}$/.test(founded) ? founded : undefined;
    if (year === undefined) fail("year_founded", `"${founded}" is not a year`);
    else raw.yearFounded = Number(year);
  }

  raw.deliveryRadiusKm = number("delivery_radius_km", /\s*km\s*$/i);

  const solar = number("rooftop_solar_kwp", /\s*kwp?\s*$/i);
  const recycledText = cell("recycled_material_percent");
  let recycled = number("recycled_material_percent", /\s*%\s*$/);
  // A percentage-formatted spreadsheet cell holds the fraction: 60% arrives as 0.6.
  if (recycled !== undefined && !recycledText.includes("%") && recycled > 0 && recycled < 1) recycled *= 100;
  if (solar !== undefined || recycled !== undefined) {
    raw.green = {
      ...(solar !== undefined ? { rooftopSolarKwp: solar } : {}),
      ...(recycled !== undefined ? { recycledMaterialPercent: recycled } : {}),
    };
  }

  const location: SupplierProfileRawInput["location"] = {};
  const zone = cell("zone");
  if (zone) {
    const found = lookups.findZone(zone);
    if (found) location.zoneId = found.id;
    else fail("zone", `"${zone}" is not an industrial zone we know; use an id or a name from GET /v1/zones`);
  }
  if (cell("address")) location.address = cell("address");
  if (cell("province")) location.province = cell("province");
  for (const axis of ["lat", "lng"] as const) {
    const text = cell(axis);
    if (!text) continue;
    const value = parseCoordinate(text);
    if (value === undefined) fail(axis, `"${text}" is not a coordinate in decimal degrees, such as 10.8975`);
    else location[axis] = value;
  }
  if (!zone && !cell("address") && !cell("province") && !cell("lat") && !cell("lng")) {
    fail("zone", "is required: give a zone, or an address with province, lat and lng");
  }
  raw.location = location;

  const email = cell("contact_email");
  const phone = cell("contact_phone");
  const contactName = cell("contact_name");
  if (contactName || email || phone) {
    raw.contact = {
      // Directories often list a company's email and phone without a person; the company is then the contact.
      name: contactName || cell("trade_name") || legalName || "-",
      ...(email ? { email } : {}),
      ...(phone ? { phone: restorePhone(phone.replace(blanks, " ").trim()) } : {}),
    };
  }
  if (cell("website")) raw.website = websiteUrl(cell("website"));

  const parsed = supplierProfileInputSchema.safeParse(raw);
  // A column whose text could not be read already has its error; the schema would only add "is required".
  const reported = new Set(errors.map((error) => error.column));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = columnOfPath(issue.path);
      if (reported.has(column)) continue;
      if (errors.some((e) => e.column === column && e.message === issue.message)) continue;
      errors.push({ column, message: issue.message });
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}
