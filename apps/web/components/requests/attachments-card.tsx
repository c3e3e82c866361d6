// The files of a request: each with a download link (signed, short-lived, made for this viewer), and for the buyer
// a plain upload form that works without JavaScript (the route handler passes the file on to the API).

import { attachmentAccept } from "../../lib/file-links";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import type { Attachment } from "../../lib/requests";
import { FileLinkList } from "../files/file-link-list";
import { FileField } from "../forms/file-input";
import { Button } from "../ui/button";
import { Card, CardHeading } from "../ui/card";

export function AttachmentsCard({
  requestId,
  attachments,
  locale,
  messages,
  canUpload,
  uploaded,
  error,
}: {
  requestId: string;
  attachments: Attachment[];
  locale: Locale;
  messages: Messages;
  canUpload: boolean;
  uploaded: boolean;
  error?: keyof Messages["requests"]["attachments"]["errors"] | undefined;
}) {
  const copy = messages.requests.attachments;
  return (
    <Card id="attachments" aria-labelledby="attachments-title">
      <CardHeading id="attachments-title">{copy.title}</CardHeading>
      {uploaded ? (
        <p
          role="status"
          className="mb-3 rounded-md border-2 border-success-ink bg-success-bg p-3 font-semibold"
        >
          {copy.uploaded}
        </p>
      ) : null}
      {attachments.length === 0 ? <p>{copy.none}</p> : null}
      <FileLinkList
        files={attachments}
        locale={locale}
        downloadLabel={copy.download}
        note={(attachment) => copy.by[attachment.uploadedBy]}
      />
      {canUpload ? (
        <form
          action={`/requests/${requestId}/attachments`}
          method="post"
          encType="multipart/form-data"
          className="mt-4 space-y-3"
        >
          <FileField
            name="file"
            label={copy.file}
            hint={copy.lead}
            error={error ? copy.errors[error] : undefined}
            accept={attachmentAccept}
            required
          />
          <Button type="submit" variant="secondary">
            {copy.upload}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}
