// The MIME message of a bulk email (the digest, notifications), built in one go as one Buffer: multipart/
// alternative with a plain-text and an HTML part, UTF-8, base64. nodemailer's general composer builds a tree of
// MIME nodes and streams it through several transforms per message, which was the largest share of the digest
// worker's CPU; this shape is fixed, so it is a few string joins and two native base64 encodings.
//
// What it guarantees, whatever the input:
// - a header is one logical line: CR, LF and other control characters in a value become spaces, so a name or a
//   title cannot add headers (header injection); values outside printable ASCII are RFC 2047 encoded words;
// - every line ends in CRLF and is at most 78 characters, except a header value with no space to fold at (a long
//   URL), which stays whole and must fit SMTP's 998;
// - no line starts with a dot and the boundary cannot occur in a base64 part (`_` is not in its alphabet), so the
//   message needs no dot-stuffing and no boundary search.
import { domainToASCII } from "node:url";

export interface MailAddress {
  /** Display name, any characters; encoded when it is not plain ASCII. */
  readonly name?: string;
  /** addr-spec with an ASCII local part; an internationalised domain is sent in its punycode form. */
  readonly address: string;
}

export interface AlternativeMessageInput {
  readonly from: MailAddress;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** With its angle brackets. */
  readonly messageId: string;
  readonly date: Date;
  /** List-* headers: `{ unsubscribe: url }` becomes `List-Unsubscribe: <url>`. */
  readonly list?: Readonly<Record<string, string>>;
  /** Further headers, e.g. `List-Unsubscribe-Post`; names are letters, digits and hyphens. */
  readonly headers?: Readonly<Record<string, string>>;
}

const maxLineLength = 78;
const maxHeaderLineLength = 998;
const base64LineLength = 76;
/** UTF-8 bytes per encoded word: 45 bytes are 60 base64 characters, 72 with `=?UTF-8?B?` and `?=` (≤ 75). */
const encodedWordBytes = 45;

const printableAscii = /^[\x20-\x7e]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters a header must not carry
const controlCharacters = /[\u0000-\u001f\u007f]+/g;
const headerName = /^[A-Za-z0-9-]+$/;
const addressLocalPart = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const messageIdShape = /^<[\x21-\x3d\x3f-\x7e]+@[\x21-\x3d\x3f-\x7e]+>$/;
/** RFC 5322 specials: a display name with any of them must be quoted. */
const phraseSpecials = /[()<>[\]:;@\\,."]/;

export class UnsupportedAddressError extends Error {
  constructor(address: string) {
    super(`cannot send to ${JSON.stringify(address)} without SMTPUTF8`);
    this.name = "UnsupportedAddressError";
  }
}

/** The address as SMTP and the header carry it, or an error when it needs SMTPUTF8 (non-ASCII local part). */
export function asciiAddress(address: string): string {
  const at = address.lastIndexOf("@");
  const local = address.slice(0, at);
  const domain = at > 0 ? domainToASCII(address.slice(at + 1)) : "";
  if (!addressLocalPart.test(local) || domain === "" || !/^[A-Za-z0-9.-]+$/.test(domain)) {
    throw new UnsupportedAddressError(address);
  }
  return `${local}@${domain}`;
}

/** `Name <address>` or a bare address, as in MAIL_FROM. */
export function parseMailbox(mailbox: string): MailAddress {
  const match = /^\s*(.*?)\s*<([^<>\s]+)>\s*$/.exec(mailbox);
  if (!match) return { address: asciiAddress(mailbox.trim()) };
  const name = (match[1] ?? "").replace(/^"(.*)"$/, "$1").replace(/\\(.)/g, "$1");
  return { name, address: asciiAddress(match[2] ?? "") };
}

/** One logical line: control characters (CR and LF above all) become single spaces. */
function oneLine(value: string): string {
  return value.replace(controlCharacters, " ");
}

/**
 * RFC 2047 B encoded words of at most 45 UTF-8 bytes each, never splitting a character; the first one smaller
 * when the header's name leaves less room on its line.
 */
function encodedWords(value: string, prefixLength: number): string[] {
  const firstLineRoom = maxLineLength - prefixLength - "=?UTF-8?B??=".length;
  const words: string[] = [];
  let start = 0;
  let bytes = 0;
  let limit = Math.max(4, Math.min(encodedWordBytes, Math.floor(firstLineRoom / 4) * 3));
  for (let i = 0; i < value.length; ) {
    const code = value.codePointAt(i) ?? 0;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const units = code > 0xffff ? 2 : 1;
    if (bytes + width > limit && i > start) {
      limit = encodedWordBytes;
      words.push(value.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += width;
    i += units;
  }
  words.push(value.slice(start));
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, "utf8").toString("base64")}?=`);
}

/** Joins tokens with spaces, folding (CRLF + space) before a token that would pass 78 characters. */
function fold(prefixLength: number, tokens: string[]): string {
  let out = "";
  let lineLength = prefixLength;
  for (const [i, token] of tokens.entries()) {
    if (i === 0) {
      out = token;
      lineLength += token.length;
    } else if (lineLength + 1 + token.length > maxLineLength) {
      out += `\r\n ${token}`;
      lineLength = 1 + token.length;
    } else {
      out += ` ${token}`;
      lineLength += 1 + token.length;
    }
  }
  return out;
}

/** An unstructured header value (Subject, any of ours): plain when printable ASCII, else encoded words. */
function unstructured(name: string, value: string): string {
  const line = oneLine(value);
  const prefixLength = name.length + 2;
  const tokens = printableAscii.test(line) ? line.split(" ") : encodedWords(line, prefixLength);
  const folded = fold(prefixLength, tokens);
  for (const physical of folded.split("\r\n")) {
    if (physical.length + prefixLength > maxHeaderLineLength) {
      throw new Error(`the ${name} header has a word longer than ${maxHeaderLineLength} characters`);
    }
  }
  return folded;
}

function displayName(name: string): string {
  const line = oneLine(name).trim();
  // "From: " leads the line; folded later like any header value.
  if (!printableAscii.test(line)) return fold("From: ".length, encodedWords(line, "From: ".length));
  return phraseSpecials.test(line) ? `"${line.replace(/[\\"]/g, "\\$&")}"` : line;
}

function mailbox({ name, address }: MailAddress): string {
  const ascii = asciiAddress(address);
  return name ? `${displayName(name)} <${ascii}>` : ascii;
}

/** RFC 5322 date-time in UTC: `Sun, 06 Dec 2026 07:18:57 +0000`. */
function rfc5322Date(date: Date): string {
  return date.toUTCString().replace(/GMT$/, "+0000");
}

const crlf = Buffer.from("\r\n");

/** The content in base64, as ASCII bytes without line breaks. */
function base64Bytes(content: string): Buffer {
  return Buffer.from(Buffer.from(content, "utf8").toString("base64"), "latin1");
}

/** Bytes `base64Bytes` takes once cut into lines of 76 characters, each ending in CRLF. */
function base64LinesLength(encoded: Buffer): number {
  return encoded.length + Math.ceil(encoded.length / base64LineLength) * crlf.length;
}

/** Copies the base64 bytes into `out` at `at` in lines of 76 characters; returns where it stopped. */
function writeBase64Lines(out: Buffer, at: number, encoded: Buffer): number {
  let position = at;
  for (let i = 0; i < encoded.length; i += base64LineLength) {
    position += encoded.copy(out, position, i, Math.min(i + base64LineLength, encoded.length));
    position += crlf.copy(out, position);
  }
  return position;
}

/** `List-Unsubscribe` from `unsubscribe`, `List-Unsubscribe-Post` from `unsubscribe-post`. */
function listHeaderName(key: string): string {
  return `List-${key.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase())}`;
}

export interface AlternativeMessage {
  /** The envelope: MAIL FROM and RCPT TO. */
  readonly envelope: { readonly from: string; readonly to: string };
  readonly messageId: string;
  readonly raw: Buffer;
}

/**
 * The boundary between the parts. RFC 2046 asks only that it never occur inside a part; base64 has no `_`, so
 * one fixed boundary does for every message and needs no random bytes or search.
 */
const boundary = "_ketnoi_alternative_";

/** Builds the message and its envelope; throws on an address that needs SMTPUTF8 or a malformed Message-ID. */
export function buildAlternativeMessage(input: AlternativeMessageInput): AlternativeMessage {
  if (!messageIdShape.test(input.messageId)) throw new Error(`invalid Message-ID ${input.messageId}`);
  const to = asciiAddress(input.to);
  const from = asciiAddress(input.from.address);
  const headers: [string, string][] = [
    ["From", mailbox(input.from)],
    ["To", to],
    ["Subject", unstructured("Subject", input.subject)],
    ["Message-ID", input.messageId],
    ["Date", rfc5322Date(input.date)],
    ["MIME-Version", "1.0"],
  ];
  for (const [key, url] of Object.entries(input.list ?? {})) {
    const name = listHeaderName(key);
    headers.push([name, unstructured(name, `<${oneLine(url).replace(/[<>\s]/g, "")}>`)]);
  }
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    if (!headerName.test(name)) throw new Error(`invalid header name ${JSON.stringify(name)}`);
    headers.push([name, unstructured(name, value)]);
  }
  headers.push(["Content-Type", `multipart/alternative;\r\n boundary="${boundary}"`]);
  const partHeader = (type: string) =>
    `--${boundary}\r\nContent-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n`;
  // Every character is ASCII by now (encoded words, base64), so latin1 writes each as its byte.
  const pieces: (string | Buffer)[] = [
    `${headers.map(([name, value]) => `${name}: ${value}\r\n`).join("")}\r\n${partHeader("text/plain")}`,
    base64Bytes(input.text),
    partHeader("text/html"),
    base64Bytes(input.html),
    `--${boundary}--\r\n`,
  ];
  const length = pieces.reduce(
    (sum, piece) => sum + (typeof piece === "string" ? piece.length : base64LinesLength(piece)),
    0,
  );
  const raw = Buffer.allocUnsafe(length);
  let at = 0;
  for (const piece of pieces) {
    at = typeof piece === "string" ? at + raw.write(piece, at, "latin1") : writeBase64Lines(raw, at, piece);
  }
  return { envelope: { from, to }, messageId: input.messageId, raw };
}
