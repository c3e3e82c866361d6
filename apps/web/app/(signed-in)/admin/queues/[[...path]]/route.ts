// The job queue board (Bull Board, served by the API at /admin/queues) through the web's own address, for
// platform admins: the web server adds the person's access token, which never reaches the browser or a URL,
// and streams the board's page, files and JSON back. The API checks the admin flag on every request; anyone
// else gets the 404 the console's other pages give. Mutations (retry, clean) must carry our Origin like every
// other request that changes something (proxy.ts), and the board's own CSP comes back with its page.
import type { NextRequest } from "next/server";
import { webConfig } from "../../../../../lib/config";
import { isMutation } from "../../../../../lib/origin-check";
import { callAsPerson } from "../../../../../lib/session/web-session";

const boardPath = "/admin/queues";
const passedRequestHeaders = ["accept", "content-type", "x-forwarded-for", "if-none-match"];
const passedResponseHeaders = [
  "content-type",
  "cache-control",
  "etag",
  "last-modified",
  "content-security-policy",
];
/** When the API sends no policy of its own (an empty 304, an error), nothing on the answer may run. */
const fallbackPolicy = "default-src 'none'; frame-ancestors 'none'";

type Context = { params: Promise<{ path?: string[] }> };

async function forward(request: NextRequest, { params }: Context): Promise<Response> {
  const { path = [] } = await params;
  // The segments arrive decoded; each is encoded again so "..", "?" or "#" in one cannot leave the board.
  const rest = path.map((segment) => `/${encodeURIComponent(segment)}`).join("");
  const target = `${webConfig().API_URL}${boardPath}${rest}${request.nextUrl.search}`;
  const body = isMutation(request.method) ? await request.arrayBuffer() : undefined;
  const answer = await callAsPerson(async (asPerson) => {
    const headers = new Headers(asPerson);
    for (const name of passedRequestHeaders) {
      const value = request.headers.get(name);
      if (value) headers.set(name, value);
    }
    // Never from Next's fetch cache: each answer is for this admin, now.
    const response = await fetch(target, {
      method: request.method,
      headers,
      body,
      redirect: "manual",
      cache: "no-store",
    });
    return { response };
  });
  // Nobody logged in, or not a platform admin: the same "no such page" as the console's other pages.
  if (!answer || answer.response.status === 401 || answer.response.status === 403) {
    // Read to the end rather than cancelled: cancelling a body Next's fetch has teed waits for the other branch.
    await answer?.response.arrayBuffer();
    return new Response(null, { status: 404 });
  }
  const { response } = answer;
  const headers = new Headers();
  for (const name of passedResponseHeaders) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  if (!headers.has("content-security-policy")) headers.set("content-security-policy", fallbackPolicy);
  // Admin data: never kept by a shared cache.
  headers.set("cache-control", "private, no-store");
  return new Response(response.body, { status: response.status, headers });
}

export const GET = forward;
export const POST = forward;
export const PUT = forward;
export const PATCH = forward;
export const DELETE = forward;
