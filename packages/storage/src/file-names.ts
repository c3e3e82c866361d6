import { type FileKind, fileKindInfo } from "./file-types.js";

const maxNameLength = 150;

/**
 * A name safe to store, show and send in Content-Disposition: the last path segment only, in NFC, without control
 * or bidi characters and the characters file systems refuse, and ending in an extension of the detected kind
 * ("bản vẽ" → "bản vẽ.pdf", "invoice.exe" holding a PDF → "invoice.exe.pdf").
 */
export function sanitizeFileName(given: string, kind: FileKind): string {
  const lastSegment = given.normalize("NFC").split(/[/\\]/).pop() ?? "";
  let name = lastSegment
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  const { extensions } = fileKindInfo[kind];
  const extension = name.includes(".") ? (name.split(".").pop() ?? "").toLowerCase() : "";
  const suffix = extensions.includes(extension) ? "" : `.${extensions[0]}`;
  const room = maxNameLength - suffix.length;
  if ([...name].length > room) {
    const chars = [...name];
    const keptExtension = suffix === "" ? `.${extension}` : "";
    name =
      chars
        .slice(0, room - keptExtension.length)
        .join("")
        .trimEnd() + keptExtension;
  }
  if (name === "" || name === `.${extension}`) name = "file";
  return `${name}${suffix}`;
}
