// Reading one row of an association's member-directory spreadsheet as a supplier profile. Those sheets are made
// by people, not programs: Vietnamese headers, category names instead of codes, "1.000.000" and "1,5", dates as
// DD/MM/YYYY, leading zeros eaten by Excel. Lenient about notation, strict about meaning: a value that cannot be
// read is reported with the column it came from, never dropped, so an imported profile says what the sheet said.
//
// Each column is described once, in `importColumnCatalog`: the headers that name it, where its value goes in the
// profile, how its cell is read, and what a blank cell stores on re-import. The row is then checked by the same
// profile schema the API uses, and the schema's complaints find their column again through the same paths.
import { foldToWords } from "../text/fold.js";
import { parseQuantityUnit } from "../units/quantity-units.js";
import {
  capacityUnitOf,
  companyAsContact,
  type ImportLookups,
  type ImportRow,
  readCoordinate,
  readEntries,
  readNumber,
  readPercent,
  readPhone,
  readPlainList,
  readQuantity,
  readRange,
  readTaxCode,
  readText,
  readYear,
  readZone,
  required,
  requireLocation,
} from "./import-cells.js";
import { type ImportColumn, importColumns } from "./import-columns.js";
import { type ImportIssue, importIssue, importIssueOfSchema } from "./import-issues.js";
import {
  readCategoryCell,
  readCertifications,
  readExportMarkets,
  readLanguages,
  resolveExportMarket,
} from "./import-lists.js";
import { parseCoordinate, parseImportNumber, websiteUrl } from "./import-values.js";
import {
  type SupplierProfileInput,
  type SupplierProfileRawInput,
  supplierProfileInputSchema,
} from "./profile-schema.js";

// The column names, and how the import reads numbers, coordinates, units and markets, for those who check it.
export {
  type ImportColumn,
  importColumns,
  parseCoordinate,
  parseImportNumber,
  parseQuantityUnit,
  resolveExportMarket,
};

/**
 * The codes a categories cell names. An entry no category matches with confidence is never refused: it is kept
 * in the supplier's own words (shown, searchable, used in matching) and reported as a warning with suggestions.
 */
function readCategories(text: string, row: ImportRow, column: ImportColumn): string[] {
  const cell = readCategoryCell(text);
  for (const { entry, suggestions } of cell.unresolved) {
    row.warn(column, importIssue("unknown_category", { value: entry, suggestions }));
  }
  row.keepOwnCategories(cell.ownWords);
  return cell.codes;
}

// ── Columns ──────────────────────────────────────────────────────────────────────────────────────────────────

type ProfileField = keyof SupplierProfileRawInput;
type SubField<F extends ProfileField> = keyof NonNullable<SupplierProfileRawInput[F]> & string;
type OptionalField = {
  [F in keyof SupplierProfileInput]-?: undefined extends SupplierProfileInput[F] ? F : never;
}[keyof SupplierProfileInput];
/** A field emptied: no entries, no credentials, or nothing at all. */
type Emptied<T> = T extends readonly unknown[] ? [] : object extends T ? Record<string, never> : null;

/** What the blank cells of the file's columns store on re-import, by profile field. */
export type ImportBlanks = { [F in OptionalField]?: Emptied<NonNullable<SupplierProfileInput[F]>> };

interface ColumnSpec<F extends ProfileField> {
  column: ImportColumn;
  /** What goes in the column, for the API documentation. */
  hint: string;
  /** Headers people write for it, matched after folding (case, diacritics and punctuation do not matter). */
  aliases: readonly string[];
  /** Where the value goes in the profile input; the profile schema reports its problems at the same path. */
  path: readonly [F] | readonly [F, SubField<F>];
  /** Reads a non-blank cell; undefined sets nothing. Absent when another column reads this one with it. */
  read?: (text: string, row: ImportRow, column: ImportColumn) => unknown;
  /** What a blank cell stands for, or the problem it is; by default nothing. */
  readBlank?: (row: ImportRow, column: ImportColumn) => unknown;
  /**
   * What the field is stored as when the column is in the file but its cell is blank, so that a re-import says
   * what the sheet says. Absent: the stored value stays.
   */
  blank?: F extends OptionalField ? Emptied<NonNullable<SupplierProfileInput[F]>> : never;
}
type ImportColumnSpec = { [F in ProfileField]: ColumnSpec<F> }[ProfileField];

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
    path: ["taxCode"],
    read: readTaxCode,
    readBlank: required("required"),
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
    path: ["legalName"],
    read: readText,
    readBlank: required("required"),
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
    path: ["tradeName"],
    read: readText,
    blank: null,
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
    path: ["descriptionVi"],
    read: readText,
    blank: null,
  },
  {
    column: "description_en",
    hint: "description in English",
    aliases: ["Mô tả tiếng Anh", "Giới thiệu tiếng Anh", "Description", "Description (English)"],
    path: ["descriptionEn"],
    read: readText,
    blank: null,
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
    path: ["categories"],
    read: readCategories,
    readBlank: required("categories_required"),
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
    path: ["certifications"],
    read: readEntries(readCertifications),
    blank: [],
  },
  {
    column: "processes",
    hint: "list of processes: 'in flexo; bế hộp'",
    aliases: ["Công nghệ", "Quy trình", "Công đoạn", "Năng lực gia công", "Processes", "Capabilities"],
    path: ["processes"],
    read: readPlainList,
    blank: [],
  },
  {
    column: "materials",
    hint: "list of materials",
    aliases: ["Vật liệu", "Nguyên liệu", "Materials"],
    path: ["materials"],
    read: readPlainList,
    blank: [],
  },
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
    path: ["exampleProducts"],
    read: readPlainList,
    blank: [],
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
    path: ["monthlyCapacity"],
    read: readQuantity("capacity_unit"),
    blank: null,
  },
  {
    column: "capacity_unit",
    hint: "pieces, sets, pairs, kg, tonnes, m, m2, m3, litres, cartons, rolls, sheets (or cái, bộ, đôi, tấn…)",
    aliases: ["Đơn vị", "Đơn vị tính", "ĐVT", "Đơn vị năng lực", "Capacity unit", "Unit"],
    // Read with monthly_capacity.
    path: ["monthlyCapacity", "unit"],
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
    // Sheets often have one unit column for both; an MOQ without its own unit is counted like the capacity.
    path: ["moq"],
    read: readQuantity("moq_unit", capacityUnitOf),
    blank: null,
  },
  {
    column: "moq_unit",
    hint: "unit of the MOQ; defaults to capacity_unit",
    aliases: ["Đơn vị MOQ", "ĐVT MOQ", "MOQ unit"],
    // Read with moq.
    path: ["moq", "unit"],
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
    path: ["leadTimeDays"],
    read: readRange("upper", /\s*(ngày|ngay|days?|d)\.?\s*$/i, "not_a_day_count"),
    blank: null,
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
    path: ["staffSize"],
    read: readRange(
      "lower",
      /\s*(người|nguoi|lao động|nhân viên|công nhân|people|persons|employees|staff)\.?\s*$/i,
      "not_a_staff_count",
    ),
    blank: null,
  },
  {
    column: "languages",
    hint: "codes or names: 'vi, en', 'Tiếng Anh; Tiếng Nhật'",
    aliases: ["Ngôn ngữ", "Ngoại ngữ", "Languages", "Language"],
    // A profile always has a language: a blank cell keeps the stored ones (new profiles get Vietnamese).
    path: ["languages"],
    read: readEntries(readLanguages),
  },
  {
    column: "export_markets",
    hint: "ISO 3166 codes or country names: 'JP, KR', 'Nhật Bản; Hàn Quốc; EU'",
    aliases: ["Thị trường xuất khẩu", "Xuất khẩu", "Thị trường", "Export markets", "Markets"],
    path: ["exportMarkets"],
    read: readEntries(readExportMarkets),
    blank: [],
  },
  {
    column: "year_founded",
    hint: "a year, or a founding date",
    aliases: ["Năm thành lập", "Thành lập", "Ngày thành lập", "Year founded", "Founded", "Established"],
    path: ["yearFounded"],
    read: readYear,
    blank: null,
  },
  {
    column: "delivery_radius_km",
    hint: "kilometres",
    aliases: ["Bán kính giao hàng (km)", "Bán kính giao hàng", "Delivery radius (km)", "Delivery radius"],
    path: ["deliveryRadiusKm"],
    read: readNumber(/\s*km\s*$/i),
    blank: null,
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
    path: ["green", "rooftopSolarKwp"],
    read: readNumber(/\s*kwp?\s*$/i),
    blank: {},
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
    path: ["green", "recycledMaterialPercent"],
    read: readPercent,
    blank: {},
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
    path: ["location", "zoneId"],
    read: readZone,
    readBlank: requireLocation,
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
    path: ["location", "address"],
    read: readText,
  },
  {
    column: "province",
    hint: "'TP.HCM', 'Bình Dương', 'Đồng Nai'… (former names are understood)",
    aliases: ["Tỉnh/Thành", "Tỉnh/Thành phố", "Tỉnh thành", "Tỉnh", "Thành phố", "Province", "City/Province"],
    path: ["location", "province"],
    read: readText,
  },
  {
    column: "lat",
    hint: "latitude, decimal degrees",
    aliases: ["Vĩ độ", "Latitude", "Lat"],
    path: ["location", "lat"],
    read: readCoordinate,
  },
  {
    column: "lng",
    hint: "longitude, decimal degrees",
    aliases: ["Kinh độ", "Longitude", "Lng", "Lon", "Long"],
    path: ["location", "lng"],
    read: readCoordinate,
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
    path: ["contact", "name"],
    read: readText,
    readBlank: companyAsContact,
    blank: null,
  },
  {
    column: "contact_email",
    hint: "email address",
    aliases: ["Email", "E-mail", "Thư điện tử", "Email liên hệ", "Contact email"],
    path: ["contact", "email"],
    read: readText,
    blank: null,
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
    path: ["contact", "phone"],
    read: readPhone,
    blank: null,
  },
  {
    column: "website",
    hint: "'minpack.vn' or a full URL",
    aliases: ["Website", "Trang web", "Web", "URL"],
    path: ["website"],
    read: websiteUrl,
    blank: null,
  },
];

const specOfColumn = new Map(importColumnCatalog.map((spec) => [spec.column, spec]));

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

const requiredImportColumns = ["tax_code", "legal_name", "categories"] as const;
/** Without a zone column, a location needs all four of these. */
const addressImportColumns = ["address", "province", "lat", "lng"] as const;

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

/**
 * The column a profile path (["location", "lat"], ["monthlyCapacity", "value"]) comes from: the one whose path
 * shares the most of it, the first in the catalog on a tie (["location"] is the zone's, ["contact"] the contact
 * name's). A path no column shares is the row's as a whole, reported on its tax code.
 */
export function importColumnAt(path: readonly PropertyKey[]): ImportColumn {
  let best: { column: ImportColumn; shared: number } = { column: "tax_code", shared: 0 };
  for (const spec of importColumnCatalog) {
    let shared = 0;
    while (shared < spec.path.length && spec.path[shared] === path[shared]) shared++;
    if (shared > best.shared) best = { column: spec.column, shared };
  }
  return best.column;
}

/** What the blank cells of `columns` store on re-import (see ColumnSpec.blank). */
export function importBlanks(columns: Iterable<ImportColumn>): ImportBlanks {
  const fields: Record<string, unknown> = {};
  for (const column of columns) {
    const spec = specOfColumn.get(column);
    if (spec?.blank !== undefined) fields[spec.path[0]] = spec.blank;
  }
  return fields as ImportBlanks;
}

// ── Rows ─────────────────────────────────────────────────────────────────────────────────────────────────────

interface ImportRowError extends ImportIssue {
  /** The canonical column the problem is in (tax_code, categories…). */
  column: string;
}

export interface ImportRowWarning extends ImportRowError {
  /** Category codes the entry may mean, best first. */
  suggestions: string[];
}

export type ImportRowResult =
  | { ok: true; input: SupplierProfileInput; warnings: ImportRowWarning[] }
  | { ok: false; errors: ImportRowError[]; warnings: ImportRowWarning[] };

/**
 * One data row as profile input. `cells` holds the row's text by canonical column; absent and blank columns are
 * the same. Every problem in the row is reported, each with its column, so one pass over the file fixes it.
 */
export function importRowToProfile(
  cells: Partial<Record<string, string>>,
  lookups: ImportLookups,
): ImportRowResult {
  const errors: ImportRowError[] = [];
  const warnings: ImportRowWarning[] = [];
  // A location is always given, so that its own rule (a zone, or an address with its point) is what speaks.
  const raw: Record<string, unknown> = { location: {} };
  const row: ImportRow = {
    cell: (column) => (cells[column] ?? "").trim(),
    fail: (column, issue) => errors.push({ column, ...issue }),
    warn: (column, issue) => {
      const { suggestions } = issue.params;
      warnings.push({ column, ...issue, suggestions: Array.isArray(suggestions) ? [...suggestions] : [] });
    },
    // Replaced as a whole on re-import, like the codes beside them.
    keepOwnCategories: (words) => {
      raw.ownCategories = words;
    },
    findZone: (ref) => lookups.findZone(ref),
  };
  for (const spec of importColumnCatalog) {
    const text = row.cell(spec.column);
    const value = text ? spec.read?.(text, row, spec.column) : spec.readBlank?.(row, spec.column);
    if (value !== undefined) setAt(raw, spec.path, value);
  }

  const parsed = supplierProfileInputSchema.safeParse(raw);
  // A column whose text could not be read already has its error; the schema would only add "is required".
  const reported = new Set(errors.map((error) => error.column));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = importColumnAt(issue.path);
      if (reported.has(column)) continue;
      if (errors.some((e) => e.column === column && e.message === issue.message)) continue;
      errors.push({ column, ...importIssueOfSchema(issue, row.cell(column)) });
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors, warnings };
  return { ok: true, input: parsed.data, warnings };
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  target[head] ??= {};
  setAt(target[head] as Record<string, unknown>, rest, value);
}
