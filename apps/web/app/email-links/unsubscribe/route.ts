// POSTs to an unsubscribe link (proxy.ts sends them here): a mail provider's RFC 8058 one-click, or the page's own
// button. The token in the query is the only authorisation — no cookie, no Origin check (providers send neither),
// nothing a forged request could do but turn one kind of email off for the link's owner. The one-click answer is
// 200 with words, never a redirect (RFC 8058); the button's answer sends the browser on to the confirmation page.
import { type NextRequest, NextResponse } from "next/server";
import { api } from "../../../lib/api";
import { isLocale } from "../../../lib/i18n/locales";
import { messagesFor } from "../../../lib/i18n/messages";

export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  const given = request.nextUrl.searchParams.get("locale") ?? "";
  const locale = isLocale(given) ? given : "vi";
  // RFC 8058: `List-Unsubscribe=One-Click`, as multipart/form-data (SHOULD) or URL-encoded (MAY).
  const body = await request.formData().catch(() => undefined);
  const oneClick = body?.get("List-Unsubscribe") === "One-Click";
  const used = token ? await api().POST("/v1/notifications/unsubscribe", { body: { token } }) : undefined;
  const scope = used?.data?.scope;
  const copy = messagesFor(locale).account.unsubscribe;
  if (oneClick || !scope) {
    const done = { digest: copy.digestDone, immediate: copy.immediateDone, alerts: copy.alertsDone };
    const words = scope ? done[scope] : copy.invalid;
    return new NextResponse(words, {
      status: scope ? 200 : 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  // A relative Location: behind the rewrite, nextUrl names the server's own host, not the one the browser used.
  return new NextResponse(null, {
    status: 303,
    headers: {
      location: `/${locale}/unsubscribe/done?${new URLSearchParams({ scope })}`,
      "cache-control": "no-store",
    },
  });
}
