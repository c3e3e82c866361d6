// A signed download link of an attachment, served through the web (the API is not the browser's to reach): the
// link's own signature and expiry authorise it, as at the API, which checks them; the file streams through.
import type { NextRequest } from "next/server";
import { webConfig } from "../../../lib/config";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const passedHeaders = [
  "content-type",
  "content-length",
  "content-disposition",
  "cache-control",
  "x-content-type-options",
];

export async function GET(request: NextRequest, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  const expires = request.nextUrl.searchParams.get("expires") ?? "";
  const signature = request.nextUrl.searchParams.get("signature") ?? "";
  if (!uuidPattern.test(fileId) || !/^\d+$/.test(expires) || !/^[\w-]+$/.test(signature)) {
    return new Response(null, { status: 404 });
  }
  const query = new URLSearchParams({ expires, signature });
  const answer = await fetch(`${webConfig().API_URL}/v1/files/${fileId}?${query}`);
  if (!answer.ok || !answer.body) return new Response(null, { status: answer.status === 403 ? 403 : 404 });
  const headers = new Headers();
  for (const name of passedHeaders) {
    const value = answer.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(answer.body, { status: 200, headers });
}
