// The session as pages and actions use it: the cookie's id, the stored tokens behind it, and API calls made with
// its access token (renewed once and retried when the API says 401). Pages never decide access themselves: they
// call the API as the person and render what it answers.
import { cookies } from "next/headers";
import { cache } from "react";
import { api } from "../api";
import { webConfig } from "../config";
import { webRedis } from "../redis";
import { sessionCookieFor, sessionCookieOptions } from "./session-cookie";
import { type ApiSession, SessionStore, type StoredSession, storedSessionOf } from "./session-store";
import { type RefreshCall, SessionTokens } from "./session-tokens";

const store = () => new SessionStore(webRedis(), webConfig().NAMESPACE);
const cookie = () => sessionCookieFor(webConfig().PUBLIC_URL);

const refreshWithApi: RefreshCall = async (refreshToken) => {
  const { data, response } = await api().POST("/v1/auth/refresh", {
    body: { refreshToken },
    // Well inside the session lock's lifetime, so no second caller can start with the same refresh token.
    signal: AbortSignal.timeout(8_000),
  });
  if (data) return data;
  if (response.status === 401 || response.status === 400) return undefined;
  throw new Error(`the API answered ${response.status} to a refresh`);
};

const tokens = () => new SessionTokens(store(), refreshWithApi);

async function sessionId(): Promise<string | undefined> {
  return (await cookies()).get(cookie().name)?.value;
}

/**
 * Whether the browser brings a session cookie: enough for the header of a public page to offer the account
 * instead of the login link, without a Redis read on every public page. (A page that shows account data asks the
 * API, which decides.)
 */
export async function hasSessionCookie(): Promise<boolean> {
  return (await sessionId()) !== undefined;
}

/** After login, registration or an accepted invitation (actions only: they may set cookies). */
export async function startSession(session: ApiSession): Promise<void> {
  const stored = storedSessionOf(session);
  const id = await store().create(stored);
  (await cookies()).set(cookie().name, id, sessionCookieOptions(cookie(), stored.refreshExpiresAt));
}

/** Logs out: the API revokes the refresh token's family, the stored tokens go, the cookie goes. */
export async function endSession(): Promise<void> {
  const id = await sessionId();
  if (id) {
    const session = await store().read(id);
    if (session) {
      await api().POST("/v1/auth/logout", { body: { refreshToken: session.refreshToken } });
      await store().remove(id);
    }
  }
  (await cookies()).delete(cookie().name);
}

/**
 * After the person re-entered their password (data export, erasure): the fresh API session replaces the current
 * one, whose refresh family the API revokes, so only one session stays behind the browser.
 */
export async function replaceSession(session: ApiSession): Promise<void> {
  const id = await sessionId();
  const previous = id ? await store().read(id) : undefined;
  if (id && previous) {
    await api().POST("/v1/auth/logout", { body: { refreshToken: previous.refreshToken } });
    await store().remove(id);
  }
  await startSession(session);
}

/** After the account was erased: the API already revoked every session, so only the web's side is left to go. */
export async function forgetSession(): Promise<void> {
  const id = await sessionId();
  if (id) await store().remove(id);
  (await cookies()).delete(cookie().name);
}

/** The session behind this request's cookie, with a usable access token; undefined when logged out. */
const currentSession = cache(async (): Promise<StoredSession | undefined> => {
  const id = await sessionId();
  if (!id) return undefined;
  const state = await tokens().current(id);
  return state.status === "active" ? state.session : undefined;
});

/**
 * The access token of the person viewing a public page, or undefined for an anonymous visitor. The API decides
 * what it shows them with it (a supplier's contact details go to verified buyers only).
 */
export async function viewerAccessToken(): Promise<string | undefined> {
  return (await currentSession())?.accessToken;
}

export type AsPerson = { authorization: string };

/**
 * Runs an API call as the logged-in person. A 401 (the token expired in flight, or the clock drifted) renews the
 * token once — single-flight, see session-tokens.ts — and repeats the call. Undefined when nobody is logged in.
 */
export async function callAsPerson<R extends { response: Response }>(
  call: (headers: AsPerson) => Promise<R>,
): Promise<R | undefined> {
  const id = await sessionId();
  const session = await currentSession();
  if (!id || !session) return undefined;
  const first = await call({ authorization: `Bearer ${session.accessToken}` });
  if (first.response.status !== 401) return first;
  const renewed = await tokens().renew(id, session.refreshToken);
  if (renewed.status !== "active") return undefined;
  return call({ authorization: `Bearer ${renewed.session.accessToken}` });
}
