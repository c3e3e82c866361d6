// The files of a request: each with a download link (signed, short-lived, made for this viewer), and for the buyer
// a plain upload form that works without JavaScript (the route handler passes the file on to the API).

import { attachmentAccept, webFileLink } from "../../lib/file-links";
import { formatFileSize } from "../../lib/format";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import type { Attachment } from "../../lib/requests";
import { FieldFrame } from "../forms/field";
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
      <ul className="space-y-1">
        {attachments.map((attachment) => (
          <li key={attachment.id} className="flex flex-wrap items-baseline gap-x-3">
            <a
              href={webFileLink(attachment)}
              aria-label={fill(copy.download, { name: attachment.fileName })}
              className="inline-flex min-h-11 items-center break-all font-semibold"
            >
              {attachment.fileName}
            </a>
            <span className="text-muted">
              {attachment.kind.toUpperCase()} · {formatFileSize(locale, attachment.sizeBytes)} ·{" "}
              {copy.by[attachment.uploadedBy]}
            </span>
          </li>
        ))}
      </ul>
      {canUpload ? (
        <form
          action={`/requests/${requestId}/attachments`}
          method="post"
          encType="multipart/form-data"
          className="mt-4 space-y-3"
        >
          <FieldFrame
            name="file"
            label={copy.file}
            hint={copy.lead}
            error={error ? copy.errors[error] : undefined}
          >
            {(control) => (
              <input
                type="file"
                name="file"
                required
                accept={attachmentAccept}
                className="block w-full text-lg file:mr-3 file:min-h-11 file:rounded-md file:border-2 file:border-ink file:bg-white file:px-4 file:font-semibold"
                {...control}
              />
            )}
          </FieldFrame>
          <Button type="submit" variant="secondary">
            {copy.upload}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}
