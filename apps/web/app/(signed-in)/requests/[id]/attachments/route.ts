// A drawing or specification attached to a request from its page: the browser's multipart form goes on to the API
// as it came (the API takes the field `file`, checks the type by its bytes and streams it to storage), as the
// logged-in buyer; then back to the request page, with the API's refusal named there. proxy.ts checked the Origin.
import { type NextRequest, NextResponse } from "next/server";
import { webConfig } from "../../../../../lib/config";
import { browserLocale } from "../../../../../lib/locale-of-request";
import { viewerAccessToken } from "../../../../../lib/session/web-session";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The refusals the request page explains; anything else is said generically. */
const knownCodes = new Set(["file_type_unsupported", "file_too_large", "file_empty"]);

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const back = new URL(`/requests/${encodeURIComponent(id)}`, webConfig().PUBLIC_URL);
  const token = await viewerAccessToken();
  if (!token) {
    const login = new URL(`/${await browserLocale()}/login`, webConfig().PUBLIC_URL);
    login.searchParams.set("returnTo", back.pathname);
    return NextResponse.redirect(login, 303);
  }
  if (!uuidPattern.test(id) || !request.body) return new NextResponse(null, { status: 404 });
  const forwarded = request.headers.get("x-forwarded-for");
  const answer = await fetch(`${webConfig().API_URL}/v1/requests/${id}/attachments?for=request`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": request.headers.get("content-type") ?? "",
      ...(forwarded ? { "x-forwarded-for": forwarded } : {}),
    },
    body: request.body,
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  if (answer.status === 404) return new NextResponse(null, { status: 404 });
  if (answer.ok) {
    back.searchParams.set("attached", "1");
  } else {
    // The reason is on the field (`body.file`): file_type_unsupported, file_empty, file_too_large.
    const problem = (await answer.json().catch(() => ({}))) as {
      code?: string;
      errors?: { code?: string }[];
    };
    const code = problem.errors?.[0]?.code ?? problem.code ?? "";
    back.searchParams.set("attachmentError", knownCodes.has(code) ? code : "failed");
  }
  back.hash = "attachments";
  return NextResponse.redirect(back, 303);
}
