// The S3 driver (AWS S3 or any S3-protocol store: MinIO, Ceph, R2). Uploads stream with a known length, so no
// file is ever held in memory.

import type { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import {
  assertStorageKey,
  FileNotFoundError,
  type FileStorage,
  type StoredFileMeta,
} from "./file-storage.js";

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** An S3-protocol server other than AWS (http://127.0.0.1:9000); omitted: AWS. */
  endpoint?: string | undefined;
  /** Path-style URLs (endpoint/bucket/key), which most self-hosted servers need. */
  forcePathStyle?: boolean | undefined;
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
  /** Prefix of every key in the bucket, so several environments can share one bucket. */
  prefix?: string | undefined;
}

export class S3Storage implements FileStorage {
  readonly driver = "s3" as const;
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    this.client = new S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      forcePathStyle: options.forcePathStyle ?? false,
      ...(options.credentials ? { credentials: options.credentials } : {}),
      // Checksums only where the operation requires them: a streamed body then goes out as it is, with its length,
      // instead of the aws-chunked encoding that not every S3-protocol server understands.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  private keyOf(key: string): string {
    assertStorageKey(key);
    return this.options.prefix ? `${this.options.prefix}/${key}` : key;
  }

  async put(key: string, body: Readable, meta: StoredFileMeta): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.keyOf(key),
        Body: body,
        ContentLength: meta.size,
        ContentType: meta.contentType,
      }),
    );
  }

  async get(key: string): Promise<Readable> {
    try {
      const result = await this.client.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(key) }),
      );
      if (!result.Body) throw new FileNotFoundError(key);
      return result.Body as Readable;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") {
        throw new FileNotFoundError(key);
      }
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(key) }));
  }

  close(): void {
    this.client.destroy();
  }
}
