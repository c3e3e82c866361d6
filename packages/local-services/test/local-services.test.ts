import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ensureSecret, findFreePort, isListening, startMailDev, startMeilisearch } from "../src/index.js";

describe("startMeilisearch", () => {
  it("serves /health, enforces the master key, and is gone after stop()", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "ketnoi-meili-"));
    try {
      const masterKey = await ensureSecret(join(dataDir, "master-key"));
      const meili = await startMeilisearch({ dataDir: join(dataDir, "meilisearch"), port: 0, masterKey });
      try {
        const health = await fetch(`${meili.url}/health`);
        expect(await health.json()).toEqual({ status: "available" });
        const withKey = await fetch(`${meili.url}/version`, {
          headers: { Authorization: `Bearer ${masterKey}` },
        });
        expect(withKey.status).toBe(200);
        const withoutKey = await fetch(`${meili.url}/version`);
        expect(withoutKey.status).toBe(401);
        // Unless told otherwise it indexes with every core, not Meilisearch's default of half (issue #16).
        const environment = (await readFile(`/proc/${meili.pid}/environ`, "utf8")).split("\0");
        expect(environment).toContain(`MEILI_MAX_INDEXING_THREADS=${availableParallelism()}`);
      } finally {
        await meili.stop();
      }
      // Meilisearch has no SIGTERM handler, so it ends by the signal; SIGKILL would mean stop() had to force it.
      expect((await meili.exited).signal).not.toBe("SIGKILL");
      expect(await isListening("127.0.0.1", Number(new URL(meili.url).port))).toBe(false);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it("refuses a port that something already listens on", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "ketnoi-meili-"));
    try {
      const first = await startMeilisearch({
        dataDir: join(dataDir, "a"),
        port: 0,
        masterKey: "a".repeat(16),
      });
      try {
        const port = Number(new URL(first.url).port);
        await expect(
          startMeilisearch({ dataDir: join(dataDir, "b"), port, masterKey: "b".repeat(16) }),
        ).rejects.toThrow(/Meilisearch cannot listen on .*: the port is in use/);
      } finally {
        await first.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("startMailDev", () => {
  it("accepts SMTP connections, serves the inbox, and is gone after stop()", async () => {
    const mail = await startMailDev({ smtpPort: 0, webPort: 0 });
    const smtpPort = Number(new URL(mail.smtpUrl).port);
    try {
      expect(await isListening("127.0.0.1", smtpPort)).toBe(true);
      const inbox = await fetch(`${mail.webUrl}/api/email`);
      expect(inbox.status).toBe(200);
      expect(await inbox.json()).toEqual([]);
    } finally {
      await mail.stop();
    }
    expect((await mail.exited).signal).not.toBe("SIGKILL");
    expect(await isListening("127.0.0.1", smtpPort)).toBe(false);
  }, 60_000);
});

describe("ensureSecret", () => {
  it("generates a secret once, keeps it private, and returns the same one afterwards", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ketnoi-secret-"));
    try {
      const file = join(dir, "nested", "jwt-secret");
      const first = await ensureSecret(file, 48);
      expect(first).toMatch(/^[A-Za-z0-9_-]{64}$/);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(await ensureSecret(file, 48)).toBe(first);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("findFreePort", () => {
  it("returns a port nothing listens on", async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThan(0);
    expect(await isListening("127.0.0.1", port)).toBe(false);
  });
});
