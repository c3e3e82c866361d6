export { createFileStorage, type FileStorageOptions } from "./create-file-storage.js";
export { sanitizeFileName } from "./file-names.js";
export {
  assertStorageKey,
  FileNotFoundError,
  type FileStorage,
  type StoredFileMeta,
} from "./file-storage.js";
export { detectFileKind, type FileKind, fileKindInfo, fileKinds } from "./file-types.js";
export { LocalDiskStorage } from "./local-disk-storage.js";
export { S3Storage, type S3StorageOptions } from "./s3-storage.js";
export { FileLinkSigner } from "./signed-links.js";
export {
  type ReceivedUpload,
  receiveUpload,
  type UploadIntakeOptions,
  type UploadRefusal,
  UploadRefusedError,
} from "./upload-intake.js";
