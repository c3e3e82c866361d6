// Runs before every page. "/" has no page of its own: a first visit goes to the language the browser prefers
// (Vietnamese unless it prefers English), as a temporary redirect so a later preference change is honoured.
// Every other page gets the security headers, with a fresh CSP nonce that Next puts on its own scripts.
import { type NextRequest, NextResponse } from "next/server";
import { webConfig } from "./lib/config";
import { localeFromAcceptLanguage } from "./lib/i18n/accept-language";
import { createNonce, isSecureOrigin, securityHeaders } from "./lib/security-headers";

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = securityHeaders({
    nonce,
    development: webConfig().NODE_ENV === "development",
    secureOrigin: isSecureOrigin(request.nextUrl),
  });
  let response: NextResponse;
  if (!decodesCleanly(request.nextUrl.pathname)) {
    // A path with broken percent-encoding ("/vi/zones/%E0%A4") cannot become route parameters and Next would
    // answer 500: it is a page that does not exist, so it gets the not-found page and its 404.
    const url = request.nextUrl.clone();
    url.pathname = "/-/not-found";
    response = NextResponse.rewrite(url);
  } else if (request.nextUrl.pathname === "/") {
    const url = request.nextUrl.clone();
    url.pathname = `/${localeFromAcceptLanguage(request.headers.get("accept-language"))}`;
    response = NextResponse.redirect(url, 307);
    response.headers.set("Vary", "Accept-Language");
  } else {
    // Next reads the nonce from the request's CSP header while rendering.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"] ?? "");
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function decodesCleanly(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Pages only: built assets are immutable files that carry no markup.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
