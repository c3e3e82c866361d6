// The personal-data download the settings page links to once the password was re-entered. The API decides (it
// wants a login from the last ten minutes); this only passes its JSON on as a file, never cached anywhere.
import { NextResponse } from "next/server";
import { api } from "../../../../../lib/api";
import { browserLocale } from "../../../../../lib/locale-of-request";
import { callAsPerson } from "../../../../../lib/session/web-session";

const settingsPage = "/settings/data";

export async function GET() {
  const answer = await callAsPerson((headers) => api().GET("/v1/me/export", { headers, parseAs: "text" }));
  if (!answer) {
    const locale = await browserLocale();
    return redirectTo(`/${locale}/login?${new URLSearchParams({ returnTo: settingsPage })}`);
  }
  // 403: the password login is older than the API accepts; the page asks for the password again.
  if (answer.response.status === 403) return redirectTo(`${settingsPage}?expired=1`);
  if (typeof answer.data !== "string") {
    return new NextResponse(null, {
      status: answer.response.status,
      headers: { "cache-control": "no-store" },
    });
  }
  const day = new Date().toISOString().slice(0, 10);
  return new NextResponse(answer.data, {
    status: 200,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="ketnoi-personal-data-${day}.json"`,
      "cache-control": "no-store",
    },
  });
}

// A relative Location: behind the rewrite, the request's URL names the server's own host, not the browser's.
function redirectTo(location: string) {
  return new NextResponse(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}
