// The import report in the page's language: each row problem is a code with parameters (the API's `message` is
// English, for API clients), worded from the message files; the error file says the same as the page.
import type { components } from "@ketnoi/api-client";
import { fill } from "./i18n/fill";
import type { Messages } from "./i18n/messages";

type Report = components["schemas"]["SupplierImportReport"];
export type ImportRowIssue = Pick<Report["errors"][number], "row" | "column" | "code" | "params" | "message">;
type ImportCopy = Messages["admin"]["import"];

/** A wording for every code the API can send: vi.json lacking one fails the type check here. */
const wordingOf = (copy: ImportCopy): Record<ImportRowIssue["code"], string> => copy.issues;

/** One problem in the page's language; category suggestions (codes) follow when there are any. */
export function importIssueText(issue: Pick<ImportRowIssue, "code" | "params">, copy: ImportCopy): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(issue.params)) {
    values[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const text = fill(wordingOf(copy)[issue.code] ?? copy.issues.invalid, values);
  const suggestions = issue.params.suggestions;
  return Array.isArray(suggestions) && suggestions.length > 0
    ? text + fill(copy.suggestions, { suggestions: suggestions.join(", ") })
    : text;
}

/** One CSV cell: quoted, quotes doubled; a leading =, +, - or @ is defused so a spreadsheet never runs it. */
function csvCell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The refused rows as a CSV in the page's language (BOM first, so Excel reads the diacritics as UTF-8). */
export function importErrorFile(errors: readonly ImportRowIssue[], copy: ImportCopy): string {
  const lines = [
    [copy.row, copy.column, copy.message],
    ...errors.map((e) => [e.row, e.column, importIssueText(e, copy)]),
  ].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}`;
}
