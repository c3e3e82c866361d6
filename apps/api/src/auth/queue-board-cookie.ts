// The cookie that lets a browser open the queue board: a navigation cannot send an Authorization header, so an
// admin's access token rides in an HttpOnly cookie that only the board's own path ever receives.
//
// Read by hand rather than through @fastify/cookie: it is one cookie, holding a JWT (base64url and dots, nothing
// to decode), read under one path. The plugin would parse the cookies of every request to every route, and its
// signing adds nothing to a token that is signed already.

export const queueBoardPath = "/admin/queues";
const queueBoardCookieName = "ketnoi_queue_board";

const jwtShape = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * The Set-Cookie value. SameSite=Strict keeps other sites from driving the board's state-changing API (retry,
 * clean, obliterate) with the admin's cookie; Path keeps the token away from every other route.
 */
export function queueBoardCookie(token: string, options: { maxAgeSeconds: number; secure: boolean }): string {
  return [
    `${queueBoardCookieName}=${token}`,
    `Path=${queueBoardPath}`,
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
    "HttpOnly",
    "SameSite=Strict",
    ...(options.secure ? ["Secure"] : []),
  ].join("; ");
}

/** The token in a Cookie header, or undefined when the board cookie is absent or is not shaped like a JWT. */
export function queueBoardTokenIn(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const pair of cookieHeader.split(";")) {
    const separator = pair.indexOf("=");
    if (separator < 0 || pair.slice(0, separator).trim() !== queueBoardCookieName) continue;
    // Browsers send the cookie with the most specific path first: that is ours.
    const value = pair.slice(separator + 1).trim();
    return jwtShape.test(value) ? value : undefined;
  }
  return undefined;
}
