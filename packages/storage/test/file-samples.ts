// Minimal files of each accepted kind, as their first bytes look in real files.
import { deflateRawSync } from "node:zlib";

export const samples = {
  pdf: () => Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"),
  png: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]),
  jpeg: () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]),
  webp: () => Buffer.concat([Buffer.from("RIFF\x24\x00\x00\x00WEBPVP8 ", "latin1"), Buffer.alloc(32)]),
  dxf: () =>
    Buffer.from("999\r\nmade by hand\r\n  0\r\nSECTION\r\n  2\r\nHEADER\r\n  0\r\nENDSEC\r\n  0\r\nEOF\r\n"),
  dwg: () => Buffer.concat([Buffer.from("AC1032", "latin1"), Buffer.alloc(128)]),
  step: () =>
    Buffer.from("ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\nENDSEC;\nEND-ISO-10303-21;\n"),
  iges: () => Buffer.from(`${"IGES file made for a test".padEnd(72)}S      1\n`),
  xlsx: () => zipOf(["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]),
};

/** A zip with the given (tiny) entries: enough for detection, which reads signatures and entry names. */
export function zipOf(names: string[]): Buffer {
  const parts: Buffer[] = [];
  for (const name of names) {
    const data = deflateRawSync(Buffer.from(`<x>${name}</x>`));
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt16LE(Buffer.byteLength(name), 26);
    parts.push(header, Buffer.from(name), data);
  }
  return Buffer.concat(parts);
}
