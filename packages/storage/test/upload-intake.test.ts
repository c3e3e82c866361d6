import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileKinds, receiveUpload, sanitizeFileName, UploadRefusedError } from "../src/index.js";
import { samples, zipOf } from "./file-samples.js";

let tempDir: string;
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), "ketnoi-intake-"));
});
afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

const intake = (bytes: Buffer, maxBytes = 1024 * 1024, chunk = 1000) =>
  receiveUpload(
    Readable.from(
      Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) =>
        bytes.subarray(i * chunk, (i + 1) * chunk),
      ),
    ),
    { maxBytes, allowed: fileKinds, tempDir },
  );

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UploadRefusedError);
  return (error as UploadRefusedError).reason;
}

describe("receiving an upload", () => {
  it.each(Object.keys(samples) as (keyof typeof samples)[])("recognises a %s by its bytes", async (kind) => {
    const bytes = samples[kind]();
    const received = await intake(bytes, 1024 * 1024, 7);
    expect(received.kind).toBe(kind);
    expect(received.size).toBe(bytes.length);
    expect((await readFile(received.path)).equals(bytes)).toBe(true);
    await received.discard();
  });

  it("finds the workbook entry of an XLSX even when it comes late in the file", async () => {
    const padding = zipOf(Array.from({ length: 400 }, (_, i) => `docProps/item${i}.xml`));
    const bytes = Buffer.concat([padding, zipOf(["xl/workbook.xml"])]);
    expect(bytes.length).toBeGreaterThan(8192);
    const received = await intake(bytes);
    expect(received.kind).toBe("xlsx");
    await received.discard();
  });

  it("refuses a zip that is not a workbook, an executable, HTML and plain text", async () => {
    expect(await refusal(intake(zipOf(["word/document.xml"])))).toBe("unsupported_type");
    expect(await refusal(intake(Buffer.concat([Buffer.from("MZ"), randomBytes(5000)])))).toBe(
      "unsupported_type",
    );
    expect(await refusal(intake(Buffer.from("<html><script>alert(1)</script></html>")))).toBe(
      "unsupported_type",
    );
    expect(await refusal(intake(Buffer.from("just some notes")))).toBe("unsupported_type");
  });

  it("refuses a file over the limit while it streams and an empty file, leaving no temporary file", async () => {
    const big = Buffer.concat([samples.pdf(), randomBytes(300_000)]);
    expect(await refusal(intake(big, 200_000))).toBe("too_large");
    expect(await refusal(intake(Buffer.alloc(0)))).toBe("empty");
    expect(await readdir(tempDir)).toEqual([]);
  });

  it("accepts only the kinds the caller allows", async () => {
    const onlyImages = receiveUpload(Readable.from([samples.pdf()]), {
      maxBytes: 1000,
      allowed: ["png", "jpeg", "webp"],
      tempDir,
    });
    expect(await refusal(onlyImages)).toBe("unsupported_type");
  });

  it("hashes the whole file", async () => {
    const received = await intake(samples.step());
    expect(received.sha256).toMatch(/^[0-9a-f]{64}$/);
    await received.discard();
  });
});

describe("file names", () => {
  it("keeps Vietnamese names and adds the extension of the detected kind when it is missing or different", () => {
    expect(sanitizeFileName("Bản vẽ vỏ hộp.pdf", "pdf")).toBe("Bản vẽ vỏ hộp.pdf");
    expect(sanitizeFileName("Ba\u0309n ve\u0303", "pdf")).toBe("Bản vẽ.pdf");
    expect(sanitizeFileName("invoice.exe", "pdf")).toBe("invoice.exe.pdf");
    expect(sanitizeFileName("photo.JPEG", "jpeg")).toBe("photo.JPEG");
  });

  it("drops paths, control and bidi characters, and characters file systems refuse", () => {
    expect(sanitizeFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(sanitizeFileName("C:\\Users\\lan\\quote.xlsx", "xlsx")).toBe("quote.xlsx");
    expect(sanitizeFileName("evil\u202Efdp.exe", "pdf")).toBe("evilfdp.exe.pdf");
    expect(sanitizeFileName('a<b>:"c|d?*\n.step', "step")).toBe("a_b___c_d__.step");
    expect(sanitizeFileName("...", "png")).toBe("file.png");
    expect(sanitizeFileName("", "dwg")).toBe("file.dwg");
  });

  it("shortens long names without losing the extension", () => {
    const name = sanitizeFileName(`${"bản vẽ ".repeat(60)}.dxf`, "dxf");
    expect([...name].length).toBeLessThanOrEqual(150);
    expect(name.endsWith(".dxf")).toBe(true);
  });
});
