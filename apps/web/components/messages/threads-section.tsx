// On the buyer's request and comparison pages: the request's threads, one per supplier, each with its unread
// count, linking to the thread where the buyer reads and answers.
import { formatDateTime } from "../../lib/format";
import { plural } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import type { ThreadSummary } from "../../lib/messages";
import { Badge } from "../ui/badge";

export function ThreadsSection({
  requestId,
  threads,
  from,
  locale,
  messages,
}: {
  requestId: string;
  threads: ThreadSummary[];
  /** The page the thread leads back to. */
  from: "request" | "quotes";
  locale: Locale;
  messages: Messages;
}) {
  const copy = messages.threads;
  return (
    <section aria-labelledby="messages" id="messages-section">
      <h2 id="messages" className="text-2xl font-bold">
        {copy.heading}
      </h2>
      <p className="mt-1">{threads.length === 0 ? copy.empty : copy.lead}</p>
      {threads.length > 0 ? (
        <ul className="mt-4 divide-y divide-line-soft rounded-lg border border-line-soft bg-white">
          {threads.map((thread) => (
            <li key={thread.supplier.id}>
              <a
                href={`/requests/${requestId}/messages/${thread.supplier.id}${from === "quotes" ? "?from=quotes" : ""}`}
                className="flex min-h-11 flex-wrap items-center justify-between gap-x-4 gap-y-1 p-3 no-underline hover:bg-line-soft/40 sm:p-4"
              >
                <span className="font-semibold underline">{thread.supplier.name}</span>
                <span className="flex flex-wrap items-center gap-x-3 text-base text-muted">
                  <span>{plural(locale, copy.messagesCount, thread.messages)}</span>
                  {thread.lastMessageAt ? (
                    <time dateTime={thread.lastMessageAt}>
                      {formatDateTime(locale, thread.lastMessageAt)}
                    </time>
                  ) : null}
                  {thread.unread > 0 ? (
                    <Badge tone="warning">{plural(locale, copy.unread, thread.unread)}</Badge>
                  ) : null}
                </span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
