import type { FileStorage } from "./file-storage.js";
import { LocalDiskStorage } from "./local-disk-storage.js";
import { S3Storage, type S3StorageOptions } from "./s3-storage.js";

export type FileStorageOptions =
  | { driver: "local"; directory: string }
  | ({ driver: "s3" } & S3StorageOptions);

export function createFileStorage(options: FileStorageOptions): FileStorage {
  return options.driver === "local" ? new LocalDiskStorage(options.directory) : new S3Storage(options);
}
