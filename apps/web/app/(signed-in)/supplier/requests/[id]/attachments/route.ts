// A file (drawing, price list, certificate) attached to the supplier's own quote from the request's page; the API
// refuses it unless the caller has an open quote on the request.
import type { NextRequest } from "next/server";
import { forwardAttachmentUpload } from "../../../../../../lib/attachment-upload";

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return forwardAttachmentUpload(
    request,
    id,
    "quote",
    `/supplier/requests/${encodeURIComponent(id)}`,
    "quote-files",
  );
}
