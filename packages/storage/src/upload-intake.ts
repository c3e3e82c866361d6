// Takes an uploaded file as a stream into a temporary file while counting, hashing and looking at its bytes, so
// nothing is stored (and no memory grows with the file) before it is known to be an allowed kind within the limit.
import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import { detectFileKind, type FileKind, sniffBytes, xlsxMarker } from "./file-types.js";

export type UploadRefusal = "empty" | "too_large" | "unsupported_type";

export class UploadRefusedError extends Error {
  constructor(
    readonly reason: UploadRefusal,
    message: string,
  ) {
    super(message);
    this.name = "UploadRefusedError";
  }
}

export interface ReceivedUpload {
  /** The temporary file; the caller stores it and then calls `discard`. */
  path: string;
  size: number;
  sha256: string;
  kind: FileKind;
  discard(): Promise<void>;
}

export interface UploadIntakeOptions {
  maxBytes: number;
  allowed: readonly FileKind[];
  tempDir: string;
}

export async function receiveUpload(stream: Readable, options: UploadIntakeOptions): Promise<ReceivedUpload> {
  await mkdir(options.tempDir, { recursive: true });
  const path = join(options.tempDir, `upload-${randomUUID()}`);
  const discard = () => rm(path, { force: true });
  const out = createWriteStream(path, { flags: "wx" });
  const hash = createHash("sha256");
  let size = 0;
  let head = Buffer.alloc(0);
  let kind: FileKind | "zip" | undefined;
  let decided = false;
  let zipTail = Buffer.alloc(0);
  let xlsxSeen = false;

  const decide = () => {
    decided = true;
    kind = detectFileKind(head);
    if (kind === undefined || (kind !== "zip" && !options.allowed.includes(kind))) {
      throw new UploadRefusedError("unsupported_type", "The file is not of an accepted type");
    }
    if (kind === "zip" && !options.allowed.includes("xlsx")) {
      throw new UploadRefusedError("unsupported_type", "The file is not of an accepted type");
    }
  };
  const searchZip = (chunk: Buffer) => {
    if (xlsxSeen) return;
    const window = Buffer.concat([zipTail, chunk]);
    if (window.includes(xlsxMarker)) xlsxSeen = true;
    zipTail = window.subarray(Math.max(0, window.length - xlsxMarker.length));
  };

  try {
    // Not destroyed on a refusal: the rest is drained below, which a multipart parser needs to answer at all.
    for await (const part of stream.iterator({ destroyOnReturn: false })) {
      const chunk = Buffer.isBuffer(part) ? part : Buffer.from(part as string);
      size += chunk.length;
      if (size > options.maxBytes) {
        throw new UploadRefusedError("too_large", `The file is larger than ${options.maxBytes} bytes`);
      }
      if (!decided) {
        head = Buffer.concat([head, chunk.subarray(0, sniffBytes - head.length)]);
        if (head.length >= sniffBytes) decide();
      }
      if (kind === "zip" || !decided) searchZip(chunk);
      hash.update(chunk);
      if (!out.write(chunk)) await once(out, "drain");
    }
    if (size === 0) throw new UploadRefusedError("empty", "The file is empty");
    if (!decided) decide();
    if (kind === "zip") {
      if (!xlsxSeen) throw new UploadRefusedError("unsupported_type", "The file is not of an accepted type");
      kind = "xlsx";
    }
    out.end();
    await once(out, "finish");
  } catch (error) {
    // Closed before removal: a file still being opened would otherwise reappear after the rm.
    out.end();
    await finished(out).catch(() => undefined);
    // Whatever is left of the upload is read and dropped so the client gets its answer instead of a stalled body.
    stream.resume();
    await discard();
    throw error;
  }
  return { path, size, sha256: hash.digest("hex"), kind: kind as FileKind, discard };
}
