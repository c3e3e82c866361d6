// Downloads of attachments through the web's own address: the API's signed link (`/v1/files/{id}?expires=…&
// signature=…`) is the only authorisation, so this passes the query on and streams the API's answer back with its
// type, disposition and no-store caching. Pages turn the API's link into this one with `webFileLink`.
import type { NextRequest } from "next/server";
import { webConfig } from "../../../lib/config";

const passedHeaders = [
  "content-type",
  "content-length",
  "content-disposition",
  "cache-control",
  "x-content-type-options",
];

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const upstream = new URL(`/v1/files/${encodeURIComponent(id)}`, webConfig().API_URL);
  upstream.search = request.nextUrl.search;
  const answer = await fetch(upstream, { cache: "no-store" });
  const headers = new Headers({ "cache-control": "private, no-store" });
  for (const name of passedHeaders) {
    const value = answer.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(answer.ok ? answer.body : null, { status: answer.status, headers });
}
