// The web's sessions, kept in Redis: the browser holds only a random session id (in one cookie); the API's access
// and refresh tokens never leave the web's server. The key is a hash of the id, so a copy of Redis alone cannot be
// replayed as cookies. A per-session lock serialises refreshes across every web process (session-tokens.ts).
import { createHash, randomBytes } from "node:crypto";
import type { Redis } from "ioredis";

export interface StoredSession {
  organizationId: string;
  accessToken: string;
  /** Epoch milliseconds. */
  accessExpiresAt: number;
  refreshToken: string;
  /** Epoch milliseconds; the session ends with its refresh token. */
  refreshExpiresAt: number;
}

/** The API's session answer (login, registration, refresh, accepted invitation). */
export interface ApiSession {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  organizationId: string;
}

export function storedSessionOf(session: ApiSession, now = Date.now()): StoredSession {
  return {
    organizationId: session.organizationId,
    accessToken: session.accessToken,
    accessExpiresAt: now + session.expiresIn * 1000,
    refreshToken: session.refreshToken,
    refreshExpiresAt: Date.parse(session.refreshTokenExpiresAt),
  };
}

/** Releases the lock only if it is still ours (it may have expired and been taken by another process). */
const releaseScript = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

const sessionIdPattern = /^[A-Za-z0-9_-]{43}$/;

export class SessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(kind: "session" | "lock", sessionId: string): string {
    const digest = createHash("sha256").update(sessionId).digest("base64url");
    return `${this.prefix}:web:${kind}:${digest}`;
  }

  /** A new session under a fresh unguessable id (256 bits). */
  async create(session: StoredSession): Promise<string> {
    const sessionId = randomBytes(32).toString("base64url");
    await this.write(sessionId, session);
    return sessionId;
  }

  async read(sessionId: string): Promise<StoredSession | undefined> {
    if (!sessionIdPattern.test(sessionId)) return undefined;
    const raw = await this.redis.get(this.key("session", sessionId));
    return raw ? (JSON.parse(raw) as StoredSession) : undefined;
  }

  async write(sessionId: string, session: StoredSession): Promise<void> {
    const ttlMs = Math.max(1000, session.refreshExpiresAt - Date.now());
    await this.redis.set(this.key("session", sessionId), JSON.stringify(session), "PX", ttlMs);
  }

  async remove(sessionId: string): Promise<void> {
    await this.redis.del(this.key("session", sessionId));
  }

  /** Takes the session's lock for `ttlMs`; returns a release function, or undefined when someone else holds it. */
  async tryLock(sessionId: string, ttlMs: number): Promise<(() => Promise<void>) | undefined> {
    const key = this.key("lock", sessionId);
    const owner = randomBytes(16).toString("hex");
    const taken = await this.redis.set(key, owner, "PX", ttlMs, "NX");
    if (taken !== "OK") return undefined;
    return async () => {
      await this.redis.eval(releaseScript, 1, key, owner);
    };
  }
}
