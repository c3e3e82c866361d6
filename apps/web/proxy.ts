// Runs before routing. "/" has no page of its own: a first visit goes to the language the browser prefers
// (Vietnamese unless it prefers English), as a temporary redirect so a later preference change is honoured.
import { type NextRequest, NextResponse } from "next/server";
import { localeFromAcceptLanguage } from "./lib/i18n/accept-language";

export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = `/${localeFromAcceptLanguage(request.headers.get("accept-language"))}`;
  const response = NextResponse.redirect(url, 307);
  response.headers.set("Vary", "Accept-Language");
  return response;
}

export const config = { matcher: "/" };
