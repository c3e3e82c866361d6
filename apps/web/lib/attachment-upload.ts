// A file attached from a page's plain multipart form: the browser's body goes on to the API as it came (the API
// takes the field `file`, checks the type by its bytes and streams it to storage), as the signed-in person; the
// page it came from gets back either `attached=1` or the refusal's code. proxy.ts has checked the Origin.
import { type NextRequest, NextResponse } from "next/server";
import { webConfig } from "./config";
import { browserLocale } from "./locale-of-request";
import { viewerAccessToken } from "./session/web-session";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The refusals a page explains; anything else is said generically. */
const attachmentRefusals = ["file_type_unsupported", "file_too_large", "file_empty"] as const;
export type AttachmentRefusal = (typeof attachmentRefusals)[number] | "failed";

export function attachmentRefusal(value: string | string[] | undefined): AttachmentRefusal | undefined {
  const code = Array.isArray(value) ? value[0] : value;
  if (code === undefined) return undefined;
  return (attachmentRefusals as readonly string[]).includes(code) ? (code as AttachmentRefusal) : "failed";
}

export async function forwardAttachmentUpload(
  request: NextRequest,
  requestId: string,
  target: "request" | "quote",
  backPath: string,
  anchor: string,
): Promise<NextResponse> {
  const back = new URL(backPath, webConfig().PUBLIC_URL);
  const token = await viewerAccessToken();
  if (!token) {
    const login = new URL(`/${await browserLocale()}/login`, webConfig().PUBLIC_URL);
    login.searchParams.set("returnTo", back.pathname);
    return NextResponse.redirect(login, 303);
  }
  if (!uuidPattern.test(requestId) || !request.body) return new NextResponse(null, { status: 404 });
  const forwarded = request.headers.get("x-forwarded-for");
  const answer = await fetch(`${webConfig().API_URL}/v1/requests/${requestId}/attachments?for=${target}`, {
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
    back.searchParams.set(
      "attachmentError",
      attachmentRefusal(problem.errors?.[0]?.code ?? problem.code ?? "") ?? "failed",
    );
  }
  back.hash = anchor;
  return NextResponse.redirect(back, 303);
}
