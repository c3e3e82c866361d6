// Previous and next as plain links, with where you are in words.

import { fill } from "../lib/i18n/fill";
import type { Messages } from "../lib/i18n/messages";

export function Pagination({
  messages,
  page,
  totalPages,
  hrefFor,
}: {
  messages: Messages;
  page: number;
  totalPages: number;
  /** The URL of another page of the same list. */
  hrefFor: (page: number) => string;
}) {
  if (totalPages <= 1) return null;
  const linkClass = "inline-flex min-h-11 items-center rounded-md px-3 font-semibold";
  return (
    <nav
      aria-label={messages.search.pagination}
      className="mt-6 flex flex-wrap items-center justify-between gap-2"
    >
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          ← {messages.search.previous}
        </a>
      ) : (
        <span />
      )}
      <p className="text-muted">{fill(messages.search.pageOf, { page, pages: totalPages })}</p>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {messages.search.next} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
