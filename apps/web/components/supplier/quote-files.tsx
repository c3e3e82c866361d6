// The files the supplier sent with its quote (only the buyer sees them), each with its download link, and while
// the request is open a plain upload form that works without JavaScript (the route handler passes the file on).

import type { AttachmentRefusal } from "../../lib/attachment-upload";
import { attachmentAccept } from "../../lib/file-links";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { FileLinkList, type ListedFile } from "../files/file-link-list";
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
  files: ListedFile[];
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
      <FileLinkList files={files} locale={locale} downloadLabel={attachments.download} />
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
            accept={attachmentAccept}
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
