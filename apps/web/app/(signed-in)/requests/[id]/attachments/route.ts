// A drawing or specification attached to a request from its page, by its buyer; the API's refusal is named on
// the request page.
import type { NextRequest } from "next/server";
import { forwardAttachmentUpload } from "../../../../../lib/attachment-upload";

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return forwardAttachmentUpload(
    request,
    id,
    "request",
    `/requests/${encodeURIComponent(id)}`,
    "attachments",
  );
}
