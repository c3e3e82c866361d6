// What a file is, decided by its bytes and never by its name or the Content-Type a client claims.

export const fileKinds = ["pdf", "png", "jpeg", "webp", "dxf", "dwg", "step", "iges", "xlsx"] as const;
export type FileKind = (typeof fileKinds)[number];

export const fileKindInfo: Record<FileKind, { contentType: string; extensions: string[] }> = {
  pdf: { contentType: "application/pdf", extensions: ["pdf"] },
  png: { contentType: "image/png", extensions: ["png"] },
  jpeg: { contentType: "image/jpeg", extensions: ["jpg", "jpeg"] },
  webp: { contentType: "image/webp", extensions: ["webp"] },
  dxf: { contentType: "image/vnd.dxf", extensions: ["dxf"] },
  dwg: { contentType: "image/vnd.dwg", extensions: ["dwg"] },
  step: { contentType: "model/step", extensions: ["step", "stp"] },
  iges: { contentType: "model/iges", extensions: ["iges", "igs"] },
  xlsx: {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
  },
};

/** How many leading bytes detection needs; the rest of the file is only counted (and, for a zip, searched). */
export const sniffBytes = 4096;

/**
 * The kind the first bytes say, "zip" when it is a zip whose entries must still be looked at (an XLSX has an
 * `xl/workbook.xml` entry), or undefined when the bytes are none of the kinds.
 */
export function detectFileKind(head: Buffer): FileKind | "zip" | undefined {
  const starts = (bytes: number[], at = 0) => bytes.every((byte, i) => head[at + i] === byte);
  const ascii = head.subarray(0, sniffBytes).toString("latin1");
  if (ascii.startsWith("%PDF-")) return "pdf";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts([0xff, 0xd8, 0xff])) return "jpeg";
  if (ascii.startsWith("RIFF") && ascii.slice(8, 12) === "WEBP") return "webp";
  if (/^AC10\d\d/.test(ascii)) return "dwg";
  if (starts([0x50, 0x4b, 0x03, 0x04])) return "zip";
  if (ascii.startsWith("AutoCAD Binary DXF\r\n\x1a\0")) return "dxf";
  const text = ascii.replace(/^\uFEFF|^\xEF\xBB\xBF/, "");
  if (/^\s*ISO-10303-21;/.test(text)) return "step";
  if (isDxfText(text)) return "dxf";
  if (isIgesText(text)) return "iges";
  return undefined;
}

/** A text DXF is group-code/value line pairs and opens a SECTION, possibly after 999 comment pairs. */
function isDxfText(text: string): boolean {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  for (let i = 0; i + 1 < lines.length && i < 40; i += 2) {
    if (lines[i] === "999") continue;
    return lines[i] === "0" && lines[i + 1] === "SECTION";
  }
  return false;
}

/** IGES: fixed 80-column records; the first is a Start (S) or, in compressed form, a Flag (C) record number 1. */
function isIgesText(text: string): boolean {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  return /^.{72}[SC]\s*0*1\s*$/.test(first.padEnd(80));
}

/** The zip entry whose name makes a zip an XLSX workbook; searched for in local headers and the directory. */
export const xlsxMarker = Buffer.from("xl/workbook.xml", "latin1");
