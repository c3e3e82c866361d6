// The one cookie the browser holds: a session id, nothing else. `__Host-` pins it to this exact origin (no Domain,
// Path=/, Secure), but browsers accept that prefix only with Secure, which plain http:// never gets: on this
// machine's http://localhost or 127.0.0.1 the cookie has a plain name and no Secure flag. SameSite=Lax, so a link
// from Gmail lands logged in, while cross-site POSTs carry no cookie (and the Origin check stops the rest).

export interface SessionCookie {
  name: string;
  secure: boolean;
}

export function sessionCookieFor(publicUrl: string): SessionCookie {
  return publicUrl.startsWith("https://")
    ? { name: "__Host-ketnoi_session", secure: true }
    : { name: "ketnoi_session", secure: false };
}

export function sessionCookieOptions(cookie: SessionCookie, expiresAt: number) {
  return {
    httpOnly: true,
    secure: cookie.secure,
    sameSite: "lax" as const,
    path: "/",
    expires: new Date(expiresAt),
  };
}
