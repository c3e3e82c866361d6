// The default driver: files under a folder of this machine (the data folder), written to a temporary name and
// renamed, so a reader never sees half a file.
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  assertStorageKey,
  FileNotFoundError,
  type FileStorage,
  type StoredFileMeta,
} from "./file-storage.js";

export class LocalDiskStorage implements FileStorage {
  readonly driver = "local" as const;
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return join(this.root, ...key.split("/"));
  }

  async put(key: string, body: Readable, meta: StoredFileMeta): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const partial = `${path}.part-${randomUUID()}`;
    try {
      await pipeline(body, createWriteStream(partial, { flags: "wx" }));
      const written = await stat(partial);
      if (written.size !== meta.size) {
        throw new Error(`Stored ${written.size} bytes under ${key}, expected ${meta.size}`);
      }
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    try {
      const found = await stat(path);
      if (!found.isFile()) throw new FileNotFoundError(key);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new FileNotFoundError(key);
      throw error;
    }
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
