// The messages of one thread, oldest first, as plain text (never HTML), with who wrote each from the reader's side
// and the files each carries. The buyer's answer to all says so, and names nobody.

import { webFileLink } from "../../lib/file-links";
import { formatDateTime, formatFileSize } from "../../lib/format";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import type { ThreadMessage } from "../../lib/messages";

export function ThreadMessages({
  items,
  reader,
  supplierName,
  locale,
  messages,
}: {
  items: ThreadMessage[];
  reader: "buyer" | "supplier";
  supplierName: string;
  locale: Locale;
  messages: Messages;
}) {
  const copy = messages.threads;
  if (items.length === 0) return <p className="text-lg">{copy.noMessages}</p>;
  return (
    <ol className="space-y-3" aria-label={copy.heading}>
      {items.map((message) => {
        const mine = message.from === reader;
        const author = mine ? copy.fromYou : message.from === "buyer" ? copy.fromBuyer : supplierName;
        return (
          <li
            key={message.id}
            className={`rounded-lg border p-3 sm:p-4 ${mine ? "border-line-soft bg-white sm:ml-12" : "border-info-ink/30 bg-info-bg sm:mr-12"}`}
          >
            <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className="font-bold">{author}</span>
              <time dateTime={message.createdAt} className="text-base text-muted">
                {formatDateTime(locale, message.createdAt)}
              </time>
            </p>
            {message.answerToAll ? (
              // A sentence, not a one-word badge: it wraps on a phone.
              <p className="mt-1 inline-block rounded-md bg-info-bg px-2.5 py-0.5 text-sm font-semibold text-info-ink">
                {copy.answerToAll}
              </p>
            ) : null}
            <p className="mt-2 text-lg whitespace-pre-line break-words">{message.body}</p>
            {message.attachments.length > 0 ? (
              <ul className="mt-2 space-y-1">
                {message.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={webFileLink(file)} className="inline-flex min-h-11 items-center break-all">
                      {file.fileName}
                    </a>{" "}
                    <span className="text-muted">({formatFileSize(locale, file.sizeBytes)})</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
