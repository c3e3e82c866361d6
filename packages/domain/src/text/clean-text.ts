// What text a person may give us. Everything typed into a form or a spreadsheet cell goes through one of these
// schemas, so what is stored displays as it was typed and never breaks the database, a log line or an email:
// - no control characters (NUL is refused by PostgreSQL; the others are invisible or corrupt output), except tab
//   and line breaks in multi-line text, where CR LF and lone CR become LF;
// - no bidi controls that reorder what follows them (U+202A–202E, U+2066–2069: the "Trojan Source" set): with
//   them "Bao bì <U+202E>gpj.exe" displays as "Bao bì exe.jpg", and a price can read backwards. Names and other
//   single-line text also refuse the invisible direction marks (U+200E, U+200F, U+061C): Vietnamese and English
//   never need them there, while long text pasted from a right-to-left document may carry them harmlessly;
// - only well-formed Unicode: no lone surrogates (not encodable as UTF-8) and no noncharacters
//   (U+FDD0–FDEF, U+FFFE, U+FFFF, …), which are reserved for a program's internal use — search highlights use
//   them as markers;
// - links only with http or https, so no `javascript:` or `data:` URL is ever offered to a browser.
import { z } from "zod";
import type { FieldErrorCode } from "../errors.js";

export type TextProblemCode = Extract<
  FieldErrorCode,
  "text_control_character" | "text_line_break" | "text_bidi_control" | "text_invalid_unicode"
>;

export interface TextProblem {
  code: TextProblemCode;
  message: string;
}

/** Single-line text: names, titles, short terms. Multi-line: descriptions, messages, notes. */
export type TextShape = "single_line" | "multi_line";

const lineBreaks = /[\n\r\u2028\u2029]/;
// C0 except tab and the line breaks, DEL, C1.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const reorderingBidiControls = /[\u202a-\u202e\u2066-\u2069]/;
const directionMarks = /[\u200e\u200f\u061c]/;
const noncharacters = /\p{Noncharacter_Code_Point}/u;
// Half of a surrogate pair without its other half: not text, and not encodable as UTF-8.
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// Every character any rule below looks at (tab and LF aside): most text has none, and one scan settles it.
const suspicious =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]/;

const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

function found(pattern: RegExp, value: string): string {
  const match = pattern.exec(value);
  return match ? ` (${codePoint(match[0])} at position ${match.index + 1})` : "";
}

/** Why `value` may not be stored as text of this shape, or undefined when it may. */
export function textProblem(value: string, shape: TextShape): TextProblem | undefined {
  if (!suspicious.test(value) && (shape === "multi_line" || !/[\t\n]/.test(value))) return undefined;
  if (loneSurrogates.test(value) || noncharacters.test(value)) {
    return { code: "text_invalid_unicode", message: "must be valid Unicode text" };
  }
  if (controls.test(value)) {
    return {
      code: "text_control_character",
      message: `must not contain control characters${found(controls, value)}`,
    };
  }
  if (shape === "single_line") {
    if (value.includes("\t") || lineBreaks.test(value)) {
      return { code: "text_line_break", message: "must be a single line, without tabs or line breaks" };
    }
    if (directionMarks.test(value)) {
      return {
        code: "text_bidi_control",
        message: `must not contain text-direction marks${found(directionMarks, value)}`,
      };
    }
  }
  if (reorderingBidiControls.test(value)) {
    return {
      code: "text_bidi_control",
      message: `must not contain text-direction overrides${found(reorderingBidiControls, value)}`,
    };
  }
  return undefined;
}

const refineText = (shape: TextShape) => (value: string, ctx: z.RefinementCtx<string>) => {
  const problem = textProblem(value, shape);
  if (problem) ctx.addIssue({ code: "custom", message: problem.message, params: { code: problem.code } });
};

/** A refinement for any string schema: `.superRefine(cleanSingleLine)`. */
export const cleanSingleLine = refineText("single_line");
/** A refinement for any string schema that allows tabs and line breaks: `.superRefine(cleanMultiLine)`. */
export const cleanMultiLine = refineText("multi_line");

/** CR LF (Windows, form posts) and lone CR (old Mac exports) become LF, so text is stored one way. */
export const normalizeLineBreaks = (value: string) => value.replace(/\r\n?/g, "\n");

/** A trimmed single line of at most `max` characters; blank is refused unless `min` is 0. */
export function singleLineText(max: number, { min = 1 }: { min?: number } = {}) {
  return atLeast(z.string().trim(), min)
    .max(max, `must be at most ${max} characters`)
    .superRefine(cleanSingleLine);
}

/** Trimmed text of at most `max` characters that may hold tabs and line breaks; may be empty unless `min` > 0. */
export function multiLineText(max: number, { min = 0 }: { min?: number } = {}) {
  const trimmed = z.string().overwrite(normalizeLineBreaks).trim();
  return atLeast(trimmed, min).max(max, `must be at most ${max} characters`).superRefine(cleanMultiLine);
}

function atLeast(schema: z.ZodString, min: number): z.ZodString {
  if (min <= 0) return schema;
  return schema.min(min, min === 1 ? "must not be empty" : `must be at least ${min} characters`);
}

/** An absolute http(s) URL with a domain name: nothing a browser would run (`javascript:`) or read locally. */
export function httpUrl(max: number, example: string) {
  return z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .superRefine(cleanSingleLine)
    .pipe(
      z.url({
        protocol: /^https?$/,
        hostname: z.regexes.domain,
        error: `must be an http(s) URL such as ${example}`,
      }),
    );
}
