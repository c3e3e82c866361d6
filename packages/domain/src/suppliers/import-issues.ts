// Why a row of a directory import was refused or flagged, as a closed list of codes with parameters. People read
// the report in their own language (the web holds a Vietnamese and an English wording for every code); the
// English wording here is the `message` API clients get, and the parameters are what both wordings fill in.
import type { z } from "zod";

type Value = { value: string };

/** Every code with its English wording; the parameter type of each function is the code's parameters. */
const importIssueWording = {
  required: () => "is required",
  categories_required: () => "is required: name at least one category",
  unknown_category: ({ value, suggestions }: Value & { suggestions: string[] }) =>
    `"${value}" is kept in the supplier's own words: no category matches it clearly` +
    (suggestions.length > 0 ? `; it may mean ${suggestions.join(", ")}` : ""),
  tax_code_as_number: ({ value }: Value) =>
    `"${value}" was turned into a number by Excel; format the column as Text and re-enter it`,
  invalid_tax_code: ({ reason }: Value & { reason: string }) =>
    `is not a valid Vietnamese tax code (MST): ${reason}`,
  not_a_number: ({ value }: Value) => `"${value}" is not a number`,
  not_a_day_count: ({ value }: Value) => `"${value}" is not a number of days`,
  not_a_staff_count: ({ value }: Value) => `"${value}" is not a number of staff`,
  not_a_year: ({ value }: Value) => `"${value}" is not a year`,
  not_a_quantity: ({ value }: Value) => `"${value}" is not a quantity such as 500.000 or "12 tấn"`,
  unit_required: ({ quantityColumn }: { quantityColumn: string }) =>
    `is required with ${quantityColumn} (pieces, kg, tonnes, m2…)`,
  unknown_unit: ({ value }: Value) =>
    `"${value}" is not a unit we know (pieces, sets, pairs, kg, tonnes, m, m2, m3, litres…)`,
  unknown_zone: ({ value }: Value) =>
    `"${value}" is not an industrial zone we know; use an id or a name from GET /v1/zones`,
  location_required: () => "is required: give a zone, or an address with province, lat and lng",
  not_a_coordinate: ({ value }: Value) =>
    `"${value}" is not a coordinate in decimal degrees, such as 10.8975`,
  invalid_date: ({ value, entry }: Value & { entry: string }) =>
    `"${value}" in "${entry}" is not a date (write YYYY-MM-DD or DD/MM/YYYY)`,
  unknown_certification: ({ value }: Value) =>
    `"${value}" is not a certification we know; use a code or a name from GET /v1/certifications`,
  unknown_language: ({ value, known }: Value & { known: string }) =>
    `"${value}" is not a language we know (${known}, or their names)`,
  unknown_market: ({ value }: Value) =>
    `"${value}" is not a country we know; write its ISO code such as JP or DE`,
  duplicate_tax_code: ({ firstRow }: { firstRow: number }) =>
    `duplicate of row ${firstRow}; only the first row is imported`,
  shifted_row: ({ cells, headers }: { cells: number; headers: number }) =>
    `has ${cells} cells but the header has ${headers}: a value containing the delimiter must be in double quotes`,
  managed_by_supplier: () => "belongs to a profile managed by the supplier itself; not overwritten",
  maintained_by_other: () =>
    "belongs to a profile another organisation imported and maintains; not overwritten",
  // What the profile schema says about a value that was read (see importIssueOfSchema).
  not_positive: () => "must be greater than 0",
  too_small: ({ min }: { min: number }) => `must be at least ${min}`,
  too_big: ({ max }: { max: number }) => `must be at most ${max}`,
  too_long: ({ max }: { max: number }) => `must be at most ${max} characters`,
  too_many: ({ max }: { max: number }) => `must have at most ${max} entries`,
  not_whole_number: () => "must be a whole number",
  in_the_future: () => "must not be in the future",
  invalid_email: () => "must be a valid email address",
  invalid_phone: () => "must be a phone number such as +84 28 3822 1234",
  invalid_url: () => "must be an http(s) URL such as https://example.vn",
  duplicate_certification: () => "must not list a certification twice",
  province_required: () => "is required when no zone is given",
  unknown_province: () => "is not a province we know",
  coordinates_pair: () => "lat and lng go together",
  outside_vietnam: ({ min, max }: { min: number; max: number }) =>
    `is outside Vietnam (expected ${min.toFixed(1)} to ${max.toFixed(1)})`,
  address_required: () => "is required with lat and lng",
  text_control_character: () => "must not contain control characters",
  text_line_break: () => "must be a single line, without tabs or line breaks",
  text_bidi_control: () => "must not contain text-direction marks",
  text_invalid_unicode: () => "must be valid Unicode text",
  /** A rule with no code of its own; the message says which. */
  invalid: () => "is not valid",
} as const;

export type ImportIssueCode = keyof typeof importIssueWording;
type ParamsOf<C extends ImportIssueCode> = Parameters<(typeof importIssueWording)[C]>;

/** Every code, for schemas and for the test that each has a wording in every language. */
export const importIssueCodes = Object.keys(importIssueWording) as [ImportIssueCode, ...ImportIssueCode[]];

/** What a wording fills in: texts from the sheet, numbers, and lists (category codes). */
export type ImportIssueParams = Record<string, string | number | string[]>;

/** One problem of a row: its code and parameters, and the English message for API clients. */
export interface ImportIssue {
  code: ImportIssueCode;
  params: ImportIssueParams;
  message: string;
}

export function importIssue<C extends ImportIssueCode>(code: C, ...params: ParamsOf<C>): ImportIssue {
  const word = importIssueWording[code] as (...args: ParamsOf<C>) => string;
  return { code, params: { ...(params[0] ?? {}) }, message: word(...params) };
}

const isImportIssueCode = (value: unknown): value is ImportIssueCode =>
  typeof value === "string" && Object.hasOwn(importIssueWording, value);

/**
 * What the profile schema's complaint about a column means, as an import issue. The schema's own rules carry
 * their code in the issue's params; zod's built-in checks are read from the kind of check. The message stays the
 * schema's, as the API has always said it; `value` is the cell's text, for wordings that quote it.
 */
export function importIssueOfSchema(issue: z.core.$ZodIssue, value: string): ImportIssue {
  const own = (issue as { params?: { code?: unknown; [key: string]: unknown } }).params;
  const coded = (code: ImportIssueCode, params: ImportIssueParams = {}): ImportIssue => ({
    code,
    params: value ? { value, ...params } : params,
    message: issue.message,
  });
  if (own && isImportIssueCode(own.code)) {
    const { code, ...params } = own;
    return coded(code as ImportIssueCode, params as ImportIssueParams);
  }
  switch (issue.code) {
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string" || issue.origin === "array") return coded("required");
      return min === 0 && !issue.inclusive ? coded("not_positive") : coded("too_small", { min });
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return coded("too_long", { max });
      if (issue.origin === "array") return coded("too_many", { max });
      return coded("too_big", { max });
    }
    case "invalid_type":
      if (issue.expected === "int") return coded("not_whole_number");
      return value ? coded("invalid") : coded("required");
    case "invalid_format":
      if (issue.format === "email") return coded("invalid_email");
      if (issue.format === "url") return coded("invalid_url");
      if (issue.path.at(-1) === "phone") return coded("invalid_phone");
      return coded("invalid");
    default:
      return coded("invalid");
  }
}
