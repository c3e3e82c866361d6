// Runs before every page. "/" and the public account pages named without a locale (/login, emailed /verify-email)
// go to the language the browser prefers (Vietnamese unless it prefers English), as a temporary redirect so a
// later preference change is honoured. A request that changes something must come from our own pages (Origin,
// lib/origin-check.ts), except an unsubscribe link's POST, which the link's token alone authorises (RFC 8058: mail
// providers post without cookies or Origin); that one goes to its route handler. Every response gets the security
// headers, with a fresh CSP nonce that Next puts on its own scripts. Access control is not here: the API decides.
import { type NextRequest, NextResponse } from "next/server";
import { isUnprefixedAccountPage, isUnsubscribePost, localeOfPath } from "./lib/account-paths";
import { webConfig } from "./lib/config";
import { localeFromAcceptLanguage } from "./lib/i18n/accept-language";
import { allowedOrigins, isMutation, isSameSiteMutation } from "./lib/origin-check";
import { createNonce, isSecureOrigin, securityHeaders } from "./lib/security-headers";

/** Where unsubscribe POSTs are rewritten to; the rewritten request passes through here again. */
const unsubscribeHandler = "/email-links/unsubscribe";

function route(request: NextRequest, csp: string): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (!decodesCleanly(pathname)) {
    // A path with broken percent-encoding ("/vi/zones/%E0%A4") cannot become route parameters and Next would
    // answer 500: it is a page that does not exist, so it gets the not-found page and its 404.
    const url = request.nextUrl.clone();
    url.pathname = "/-/not-found";
    return NextResponse.rewrite(url);
  }
  if (isMutation(request.method) && pathname !== unsubscribeHandler) {
    if (isUnsubscribePost(pathname) && !request.headers.has("next-action")) {
      const url = request.nextUrl.clone();
      url.pathname = unsubscribeHandler;
      url.searchParams.set("locale", localeOfPath(pathname) ?? "vi");
      return NextResponse.rewrite(url);
    }
    const origins = allowedOrigins(webConfig().PUBLIC_URL, request.nextUrl.origin);
    if (!isSameSiteMutation(request.headers.get("origin"), origins)) {
      return new NextResponse(
        "Yêu cầu này không đến từ trang của Kết Nối. / This request did not come from a Kết Nối page.",
        { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } },
      );
    }
  }
  if (pathname === "/" || (request.method === "GET" && isUnprefixedAccountPage(pathname))) {
    const url = request.nextUrl.clone();
    const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
    url.pathname = pathname === "/" ? `/${locale}` : `/${locale}${pathname}`;
    url.search = search;
    const response = NextResponse.redirect(url, 307);
    response.headers.set("Vary", "Accept-Language");
    return response;
  }
  // Next reads the nonce from the request's CSP header while rendering.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = securityHeaders({
    nonce,
    development: webConfig().NODE_ENV === "development",
    secureOrigin: isSecureOrigin(request.nextUrl),
  });
  const response = route(request, headers["Content-Security-Policy"] ?? "");
  for (const [name, value] of Object.entries(headers)) {
    // The queue board is the API's page passed through (its route handler): it keeps the policy the API gives it.
    if (name === "Content-Security-Policy" && isQueueBoard(request.nextUrl.pathname)) continue;
    response.headers.set(name, value);
  }
  return response;
}

function isQueueBoard(pathname: string): boolean {
  return pathname === "/admin/queues" || pathname.startsWith("/admin/queues/");
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
