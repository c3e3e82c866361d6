// A supplier photo through the web's own address: public and cacheable, as the API serves it.
import type { NextRequest } from "next/server";
import { webConfig } from "../../../lib/config";

export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const answer = await fetch(new URL(`/v1/supplier-photos/${encodeURIComponent(id)}`, webConfig().API_URL), {
    cache: "no-store",
  });
  const headers = new Headers();
  for (const name of ["content-type", "content-length", "cache-control"]) {
    const value = answer.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(answer.ok ? answer.body : null, { status: answer.status, headers });
}
