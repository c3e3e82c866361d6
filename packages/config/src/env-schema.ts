// Environment schemas: one per process. Every variable a process reads is declared here and nowhere else.
import { isIP } from "node:net";
import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);
const url = (protocols: string[]) =>
  z.url().refine((value) => protocols.some((p) => value.startsWith(`${p}://`)), {
    message: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(" or ")}`,
  });

const durationSeconds = z.coerce.number().int().positive();

function isProxyAddress(entry: string): boolean {
  if (["loopback", "linklocal", "uniquelocal"].includes(entry)) return true;
  const [address = "", bits, extra] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d+$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
}

export const sharedEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DATABASE_URL: url(["postgres", "postgresql"]),
  REDIS_URL: url(["redis", "rediss"]),
  MEILI_URL: url(["http", "https"]),
  MEILI_MASTER_KEY: z.string().min(16, "must be at least 16 characters"),
  /** Prefix for Meilisearch index names and BullMQ queues, so several environments can share one server. */
  NAMESPACE: z
    .string()
    .regex(/^[a-z0-9_]+$/, "must be lowercase letters, digits or underscores")
    .default("ketnoi"),
  SMTP_URL: url(["smtp", "smtps"]),
  MAIL_FROM: z.string().min(3).default("Kết Nối <no-reply@ketnoi.local>"),
  /** Base URL that links in emails point to. */
  PUBLIC_URL: url(["http", "https"]),
});

/**
 * Signs the links in emails that work without logging in (unsubscribe). Shared by the worker (signs) and the API
 * (verifies); its own secret, so rotating the JWT secret does not break the links in old emails.
 */
const emailLinkSecret = z.string().min(32, "must be at least 32 characters");

/**
 * Where uploaded files live: `local` (the default) under FILE_STORAGE_DIR, or `s3` in S3_BUCKET (AWS, or any
 * S3-protocol server at S3_ENDPOINT). Read by the API, which stores and serves attachments.
 */
const fileStorageEnv = {
  FILE_STORAGE: z.enum(["local", "s3"]).default("local"),
  FILE_STORAGE_DIR: z.string().min(1).default(".data/files"),
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ENDPOINT: url(["http", "https"]).optional(),
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** How long a download link of an attachment works. */
  FILE_LINK_TTL_SECONDS: durationSeconds.max(3600, "must be at most 3600 (an hour)").default(300),
};

export const apiEnvSchema = sharedEnvSchema
  .extend({
    ...fileStorageEnv,
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: port.default(3000),
    JWT_SECRET: z.string().min(32, "must be at least 32 characters"),
    ACCESS_TOKEN_TTL_SECONDS: durationSeconds.max(900, "must be at most 900 (15 minutes)").default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
    /**
     * The reverse proxies whose X-Forwarded-For the API believes, comma-separated addresses or CIDR ranges (or
     * proxy-addr's names loopback, linklocal, uniquelocal). Empty: none, the client is the connection's peer. Limits
     * key on the client's address, so a wrong entry lets anyone pick the address they are counted under.
     */
    TRUSTED_PROXIES: z
      .string()
      .default("")
      .transform((value) =>
        value
          .split(",")
          .map((entry) => entry.trim())
          .filter((entry) => entry !== ""),
      )
      .pipe(
        z.array(
          z.string().refine(isProxyAddress, {
            message: "each entry must be an IP address, a CIDR range or loopback, linklocal, uniquelocal",
          }),
        ),
      ),
    EMAIL_LINK_SECRET: emailLinkSecret,
    /**
     * Web origins allowed to call the API from a browser (CORS), comma-separated: "https://ketnoi.vn,
     * https://admin.ketnoi.vn". Empty (the default): no cross-origin browser access at all.
     */
    CORS_ORIGINS: z
      .string()
      .default("")
      .transform((value, ctx) => {
        const origins = value
          .split(",")
          .map((origin) => origin.trim())
          .filter(Boolean);
        const bad = origins.filter((origin) => !isWebOrigin(origin));
        if (bad.length > 0) {
          ctx.addIssue({
            code: "custom",
            message: `must be origins such as https://ketnoi.vn (scheme, host and port only): ${bad.join(", ")}`,
          });
          return z.NEVER;
        }
        return origins;
      }),
  })
  .refine((env) => env.FILE_STORAGE !== "s3" || env.S3_BUCKET !== undefined, {
    path: ["S3_BUCKET"],
    message: "is required when FILE_STORAGE is s3",
  });

/** "https://ketnoi.vn" or "http://localhost:3001": an http(s) origin as browsers send it, with no path. */
function isWebOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value;
  } catch {
    return false;
  }
}

/** When the weekly digest run starts by default: every day at 08:00 in Ho Chi Minh City (see DIGEST_CRON). */
export const digestScheduleDefaults = { cron: "0 8 * * *", timeZone: "Asia/Ho_Chi_Minh" } as const;

const timeZone = z.string().refine(
  (value) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: value });
      return true;
    } catch {
      return false;
    }
  },
  { message: "must be an IANA time zone such as Asia/Ho_Chi_Minh" },
);

export const workerEnvSchema = sharedEnvSchema
  .extend({
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
    /** Emails sent at once (digest and notification jobs): they wait on SMTP, not on the CPU. */
    EMAIL_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
    EMAIL_LINK_SECRET: emailLinkSecret,
    /**
     * When the weekly digest run starts (cron, in DIGEST_TZ). Each run serves everyone whose preferred day has
     * come this week and has no digest yet, so it runs daily: Monday's run serves the default Monday people,
     * later runs catch up anyone a failed or missed run left out.
     */
    DIGEST_CRON: z
      .string()
      .regex(/^\S+( +\S+){4,5}$/, "must be a cron pattern of 5 fields (or 6, seconds first)")
      .default(digestScheduleDefaults.cron),
    DIGEST_TZ: timeZone.default(digestScheduleDefaults.timeZone),
  })
  // Links to this machine (a local production build, the compose demo) cannot have a certificate; anywhere else
  // mail providers only honour HTTPS unsubscribe links.
  .refine(
    (env) =>
      env.NODE_ENV !== "production" ||
      env.PUBLIC_URL.startsWith("https://") ||
      /^http:\/\/(localhost|127\.[\d.]+|\[::1\])(:\d+)?(\/|$)/.test(env.PUBLIC_URL),
    {
      path: ["PUBLIC_URL"],
      message: "must be https:// in production (one-click unsubscribe links must be HTTPS, RFC 8058)",
    },
  );

export type SharedConfig = z.infer<typeof sharedEnvSchema>;
export type ApiConfig = z.infer<typeof apiEnvSchema>;
export type WorkerConfig = z.infer<typeof workerEnvSchema>;

/**
 * The local runner (`pnpm dev` / `pnpm start`). Everything is optional: what is not given is started locally
 * (Meilisearch, a mail inbox) or generated once and kept under .data/ (secrets).
 */
export const devRunnerEnvSchema = z.object({
  DATABASE_URL: url(["postgres", "postgresql"]).default("postgres://postgres@127.0.0.1:5432/ketnoi"),
  REDIS_URL: url(["redis", "rediss"]).default("redis://127.0.0.1:6379"),
  MEILI_URL: url(["http", "https"]).optional(),
  MEILI_MASTER_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  MEILI_PORT: port.default(7700),
  /** Threads the local Meilisearch indexes with; unset, every core (see defaultIndexingThreads in local-services). */
  MEILI_MAX_INDEXING_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  SMTP_URL: url(["smtp", "smtps"]).optional(),
  MAILDEV_SMTP_PORT: port.default(1025),
  MAILDEV_WEB_PORT: port.default(1080),
  JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  EMAIL_LINK_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(3000),
  /** The web app's port (`next dev` / `next start`). */
  WEB_PORT: port.default(3001),
  PUBLIC_URL: url(["http", "https"]).optional(),
  DATA_DIR: z.string().min(1).default(".data"),
});
export type DevRunnerConfig = z.infer<typeof devRunnerEnvSchema>;

/**
 * The web app (apps/web, Next.js). Read on the server at request time, never inlined into browser code: the web
 * talks to the API only from its server.
 */
export const webEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Where the web's server reaches the API. */
  API_URL: url(["http", "https"]).default("http://127.0.0.1:3000"),
  /**
   * The web's own public address: canonical and hreflang links, sitemap, JSON-LD ids, the origin every form must
   * come from (CSRF), and whether the session cookie is `__Host-`/Secure (https) or plain (http on this machine).
   */
  PUBLIC_URL: url(["http", "https"]).default("http://localhost:3001"),
  /** Where the web keeps its sessions (the API's tokens, server-side only) and their refresh locks. */
  REDIS_URL: url(["redis", "rediss"]).default("redis://127.0.0.1:6379"),
  /** Prefix of the web's Redis keys, shared with the other processes so environments can share a server. */
  NAMESPACE: sharedEnvSchema.shape.NAMESPACE,
  /**
   * How long a search's facet counts are shown again to later visits of the same search (its other pages, other
   * people) instead of being counted again; 0 counts them on every visit. Hits and totals are always fresh.
   */
  FACET_COUNTS_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
});
export type WebConfig = z.infer<typeof webEnvSchema>;

/** Command-line tools that only need the database (migrate, load zones, create admin). */
export const databaseToolEnvSchema = z.object({
  DATABASE_URL: url(["postgres", "postgresql"]).default("postgres://postgres@127.0.0.1:5432/ketnoi"),
});

/** The test harness: where the shared services are; each run creates its own databases, prefixes and index names. */
export const testEnvSchema = z.object({
  /** A maintenance connection; test databases are created next to it. */
  TEST_DATABASE_URL: url(["postgres", "postgresql"]).default("postgres://postgres@127.0.0.1:5432/postgres"),
  TEST_REDIS_URL: url(["redis", "rediss"]).default("redis://127.0.0.1:6379"),
  /** An already running Meilisearch; when unset the harness starts its own from the npm-shipped binary. */
  MEILI_URL: url(["http", "https"]).optional(),
  MEILI_MASTER_KEY: z.string().min(16).optional(),
});
export type TestEnvConfig = z.infer<typeof testEnvSchema>;

/** `pnpm admin:create`: the password may come from the environment for scripted setups. */
export const adminCliEnvSchema = databaseToolEnvSchema.extend({
  ADMIN_PASSWORD: z.string().optional(),
});

/** `pnpm seed`: demo suppliers for a local database; the running worker indexes them after the queued sync. */
export const seedEnvSchema = databaseToolEnvSchema.extend({
  REDIS_URL: url(["redis", "rediss"]).default("redis://127.0.0.1:6379"),
  NAMESPACE: sharedEnvSchema.shape.NAMESPACE,
  SEED_SUPPLIERS: z.coerce.number().int().min(1).max(100_000).default(300),
});
export type SeedConfig = z.infer<typeof seedEnvSchema>;

/**
 * `pnpm reindex`: rebuilds the supplier index from Postgres. Without MEILI_URL it talks to the Meilisearch that
 * `pnpm dev` runs, with the master key that runner keeps in DATA_DIR.
 */
export const reindexEnvSchema = z.object({
  DATABASE_URL: url(["postgres", "postgresql"]).default("postgres://postgres@127.0.0.1:5432/ketnoi"),
  MEILI_URL: url(["http", "https"]).default("http://127.0.0.1:7700"),
  MEILI_MASTER_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  NAMESPACE: z
    .string()
    .regex(/^[a-z0-9_]+$/, "must be lowercase letters, digits or underscores")
    .default("ketnoi"),
  DATA_DIR: z.string().min(1).default(".data"),
});

export const benchSuites = [
  "foundation",
  "suppliers",
  "matching",
  "reverse",
  "quality",
  "digest",
  "security",
  "web",
  "synonyms",
  "alerts",
  "buyer",
  "quotes-web",
] as const;
export type BenchSuite = (typeof benchSuites)[number];

/** `pnpm bench`: the test harness's services, and how many suppliers the search benchmark generates. */
export const benchEnvSchema = testEnvSchema.extend({
  BENCH_SUPPLIERS: z.coerce.number().int().min(1000).max(100_000).default(100_000),
  /** Recipients of the weekly digest benchmark (half buyers, half suppliers). */
  BENCH_DIGEST_RECIPIENTS: z.coerce.number().int().min(1000).max(200_000).default(100_000),
  /**
   * Threads the bench's own Meilisearch may index with. Unset, every core, as `pnpm dev` / `pnpm start` run it
   * (Meilisearch's own default is half of them); set it to see what a build takes with fewer (issue #16).
   */
  BENCH_MEILI_INDEXING_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  /** A directory: the digest bench's worker writes a CPU profile there (`node --cpu-prof`) when it stops. */
  BENCH_WORKER_CPU_PROF: z.string().min(1).optional(),
  /** A directory: the web bench's `next start` writes a CPU profile there (`node --cpu-prof`) when it stops. */
  BENCH_WEB_CPU_PROF: z.string().min(1).optional(),
  /**
   * Which suites to run, comma-separated (foundation, suppliers, matching, reverse, quality, digest, security, web,
   * buyer, quotes-web); all when unset. Matching, reverse and web need the suppliers suite's data, so it runs whenever one
   * of them is chosen.
   */
  BENCH_SUITES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === "") return undefined;
      const names = value.split(",").map((name) => name.trim());
      const unknown = names.filter((name) => !(benchSuites as readonly string[]).includes(name));
      if (unknown.length > 0) {
        ctx.addIssue({
          code: "custom",
          message: `unknown suite ${unknown.join(", ")}; known: ${benchSuites.join(", ")}`,
        });
        return z.NEVER;
      }
      return names as BenchSuite[];
    }),
});
