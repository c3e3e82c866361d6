// Both drivers against the same behaviour: the local one on a temporary folder, the S3 one over the wire
// against s3rver (an S3-protocol server) started here.
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileNotFoundError, type FileStorage, LocalDiskStorage, S3Storage } from "../src/index.js";

let folder: string;
let s3rver: S3rver;
let s3: S3Storage;
let local: LocalDiskStorage;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "ketnoi-storage-"));
  s3rver = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: join(folder, "s3rver"),
    configureBuckets: [{ name: "ketnoi-test", configs: [] }],
  });
  const address = (await s3rver.run()) as AddressInfo;
  s3 = new S3Storage({
    bucket: "ketnoi-test",
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${address.port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    prefix: "test",
  });
  local = new LocalDiskStorage(join(folder, "local"));
});

afterAll(async () => {
  s3.close();
  await s3rver.close();
  await rm(folder, { recursive: true, force: true });
});

const drivers = (): [string, FileStorage][] => [
  ["local disk", local],
  ["S3 (s3rver)", s3],
];

describe.each(["local disk", "S3 (s3rver)"])("the %s driver", (name) => {
  const storage = () => drivers().find(([n]) => n === name)?.[1] as FileStorage;

  it("stores a streamed file and gives the same bytes back", async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const key = `attachments/${randomBytes(8).toString("hex")}`;
    await storage().put(key, Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]), {
      size: bytes.length,
      contentType: "application/pdf",
    });
    expect((await buffer(await storage().get(key))).equals(bytes)).toBe(true);
  });

  it("replaces a file stored under the same key", async () => {
    const key = `attachments/${randomBytes(8).toString("hex")}`;
    await storage().put(key, Readable.from([Buffer.from("first")]), { size: 5, contentType: "text/plain" });
    await storage().put(key, Readable.from([Buffer.from("second")]), { size: 6, contentType: "text/plain" });
    expect((await buffer(await storage().get(key))).toString()).toBe("second");
  });

  it("says a missing file is not found, and after delete the file is gone", async () => {
    const key = `attachments/${randomBytes(8).toString("hex")}`;
    await expect(storage().get(key)).rejects.toBeInstanceOf(FileNotFoundError);
    await storage().put(key, Readable.from([Buffer.from("x")]), { size: 1, contentType: "text/plain" });
    await storage().delete(key);
    await expect(storage().get(key)).rejects.toBeInstanceOf(FileNotFoundError);
    await storage().delete(key);
  });

  it("refuses keys that could leave the storage's folder", async () => {
    for (const key of ["../etc/passwd", "/abs", "a/../../b", "A/Upper", ""]) {
      await expect(
        storage().put(key, Readable.from([Buffer.from("x")]), { size: 1, contentType: "text/plain" }),
      ).rejects.toThrow(/Invalid storage key/);
    }
  });
});

describe("the local disk driver", () => {
  it("leaves no partial file behind when the stream fails mid-way", async () => {
    const key = "attachments/broken";
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(1024));
        this.destroy(new Error("connection reset"));
      },
    });
    await expect(local.put(key, failing, { size: 4096, contentType: "application/pdf" })).rejects.toThrow();
    expect(await readdir(join(folder, "local", "attachments"))).not.toContain("broken");
    expect((await readdir(join(folder, "local", "attachments"))).some((f) => f.includes(".part-"))).toBe(
      false,
    );
  });
});
