// A session's access token, refreshed when it has run out — once per session, however many tabs, parallel renders
// or web processes ask at the same moment. The API's refresh tokens work once and a reused one revokes the whole
// family (logging the person out everywhere), so exactly one caller may spend it: the one holding the session's
// Redis lock. Everyone else waits for the lock and re-reads the session the holder stored.
import type { ApiSession, SessionStore, StoredSession } from "./session-store";

/** Calls POST /v1/auth/refresh; undefined when the API refuses the refresh token (401). */
export type RefreshCall = (refreshToken: string) => Promise<ApiSession | undefined>;

export interface SessionTokenTimings {
  /** Refresh this long before the access token expires, so a call never starts with a token about to lapse. */
  earlyMs: number;
  /** How long the lock lives: longer than a refresh call may take (that call gives up sooner). */
  lockMs: number;
  /** Pause between looks while another caller refreshes. */
  pollMs: number;
}

const defaultTimings: SessionTokenTimings = { earlyMs: 2_000, lockMs: 10_000, pollMs: 40 };

export type SessionState =
  | { status: "active"; session: StoredSession }
  /** No such session, or the API ended it (logged out, password reset, removed from the organisation). */
  | { status: "ended" };

export class SessionTokens {
  private readonly timings: SessionTokenTimings;

  constructor(
    private readonly store: SessionStore,
    private readonly refresh: RefreshCall,
    timings: Partial<SessionTokenTimings> = {},
  ) {
    this.timings = { ...defaultTimings, ...timings };
  }

  private fresh(session: StoredSession): boolean {
    return session.accessExpiresAt - this.timings.earlyMs > Date.now();
  }

  /** The session with an access token that is still good, refreshing it first when needed. */
  async current(sessionId: string): Promise<SessionState> {
    const session = await this.store.read(sessionId);
    if (!session) return { status: "ended" };
    if (this.fresh(session)) return { status: "active", session };
    return this.renew(sessionId, session.refreshToken);
  }

  /**
   * Renews the session whose tokens the caller last saw (`seenRefreshToken`: its access token expired, or the API
   * just refused it). If another caller renewed it meanwhile — the refresh token rotates on every renewal, so it
   * tells the generations apart — that result is used and nothing is spent again.
   */
  async renew(sessionId: string, seenRefreshToken: string): Promise<SessionState> {
    const deadline = Date.now() + this.timings.lockMs * 2;
    for (;;) {
      const release = await this.store.tryLock(sessionId, this.timings.lockMs);
      if (release) {
        try {
          return await this.renewHoldingLock(sessionId, seenRefreshToken);
        } finally {
          await release();
        }
      }
      // Someone else is refreshing: wait for what they store.
      await new Promise((resolve) => setTimeout(resolve, this.timings.pollMs));
      const session = await this.store.read(sessionId);
      if (!session) return { status: "ended" };
      // Someone renewed it since we looked: theirs is the newest token there is.
      if (session.refreshToken !== seenRefreshToken) return { status: "active", session };
      if (Date.now() > deadline) return { status: "ended" };
    }
  }

  private async renewHoldingLock(sessionId: string, seenRefreshToken: string): Promise<SessionState> {
    // Read again under the lock: the previous holder may have refreshed between our read and our lock.
    const session = await this.store.read(sessionId);
    if (!session) return { status: "ended" };
    if (session.refreshToken !== seenRefreshToken) return { status: "active", session };
    const renewed = await this.refresh(session.refreshToken);
    if (!renewed) {
      await this.store.remove(sessionId);
      return { status: "ended" };
    }
    const next: StoredSession = {
      ...session,
      accessToken: renewed.accessToken,
      accessExpiresAt: Date.now() + renewed.expiresIn * 1000,
      refreshToken: renewed.refreshToken,
      refreshExpiresAt: Date.parse(renewed.refreshTokenExpiresAt),
    };
    await this.store.write(sessionId, next);
    return { status: "active", session: next };
  }
}
