// One interface for every file the product keeps (request, quote and message attachments; supplier photos and
// verification documents later): the callers choose the key and have checked the bytes, a driver only stores them.
import type { Readable } from "node:stream";

export interface StoredFileMeta {
  /** Exact length in bytes; S3 needs it to accept a stream without buffering it. */
  size: number;
  contentType: string;
}

export interface FileStorage {
  readonly driver: "local" | "s3";
  /** Stores the stream under the key, replacing what was there; the object appears only once complete. */
  put(key: string, body: Readable, meta: StoredFileMeta): Promise<void>;
  /** The stored bytes as a stream; FileNotFoundError when nothing is stored under the key. */
  get(key: string): Promise<Readable>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
}

export class FileNotFoundError extends Error {
  constructor(key: string) {
    super(`No stored file under ${key}`);
    this.name = "FileNotFoundError";
  }
}

/** Keys are paths of lowercase segments ("attachments/0193…"): no "..", no leading slash, nothing a shell or URL bends. */
const keyPattern = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_.-]*)*$/;

export function assertStorageKey(key: string): void {
  if (!keyPattern.test(key) || key.includes("..") || key.length > 512) {
    throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  }
}
