// The files the supplier sent with its quote (only the buyer sees them), each with its download link, and while
// the request is open a plain upload form that works without JavaScript (the route handler passes the file on).

import type { AttachmentRefusal } from "../../lib/attachment-upload";
import { webFileLink } from "../../lib/file-links";
import { formatFileSize } from "../../lib/format";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { FileField } from "../forms/file-input";
import { Button } from "../ui/button";
import { Card, CardHeading } from "../ui/card";

export function QuoteFiles({
  requestId,
  files,
  canUpload,
  uploaded,
  error,
  locale,
  messages,
}: {
  requestId: string;
  files: { id: string; fileName: string; kind: string; sizeBytes: number; download: { url: string } }[];
  canUpload: boolean;
  uploaded: boolean;
  error: AttachmentRefusal | undefined;
  locale: Locale;
  messages: Messages;
}) {
  const copy = messages.supplierWorkspace;
  const attachments = messages.requests.attachments;
  return (
    <Card id="quote-files" aria-labelledby="quote-files-heading">
      <CardHeading id="quote-files-heading">{copy.quoteFiles}</CardHeading>
      {uploaded ? (
        <p
          role="status"
          className="mb-3 rounded-md border-2 border-success-ink bg-success-bg p-3 font-semibold"
        >
          {attachments.uploaded}
        </p>
      ) : null}
      {files.length === 0 ? <p>{copy.quoteFilesNone}</p> : null}
      <ul className="space-y-1">
        {files.map((file) => (
          <li key={file.id} className="flex flex-wrap items-baseline gap-x-3">
            <a
              href={webFileLink(file)}
              aria-label={fill(attachments.download, { name: file.fileName })}
              className="inline-flex min-h-11 items-center break-all font-semibold"
            >
              {file.fileName}
            </a>
            <span className="text-muted">
              {file.kind.toUpperCase()} · {formatFileSize(locale, file.sizeBytes)}
            </span>
          </li>
        ))}
      </ul>
      {canUpload ? (
        <form
          action={`/supplier/requests/${encodeURIComponent(requestId)}/attachments`}
          method="post"
          encType="multipart/form-data"
          className="mt-4 space-y-3"
        >
          <FileField
            id="field-quote-file"
            name="file"
            label={attachments.file}
            hint={copy.quoteFilesLead}
            error={error ? attachments.errors[error] : undefined}
            accept=".pdf,.png,.jpg,.jpeg,.webp,.dxf,.dwg,.step,.stp,.iges,.igs,.xlsx"
            required
          />
          <Button type="submit" variant="secondary" className="w-full sm:w-auto">
            {attachments.upload}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}
