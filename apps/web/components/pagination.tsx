// Previous and next as plain links, with where you are in words.
import type { Locale } from "../lib/i18n/locales";
import { fill, type Messages } from "../lib/i18n/messages";
import { type SearchState, searchHref } from "../lib/search-params";

export function Pagination({
  locale,
  messages,
  state,
  totalPages,
}: {
  locale: Locale;
  messages: Messages;
  state: SearchState;
  totalPages: number;
}) {
  if (totalPages <= 1) return null;
  const linkClass = "inline-flex min-h-11 items-center rounded-md px-3 font-semibold";
  return (
    <nav
      aria-label={messages.search.pagination}
      className="mt-6 flex flex-wrap items-center justify-between gap-2"
    >
      {state.page > 1 ? (
        <a href={searchHref(locale, state, { page: state.page - 1 })} rel="prev" className={linkClass}>
          ← {messages.search.previous}
        </a>
      ) : (
        <span />
      )}
      <p className="text-muted">{fill(messages.search.pageOf, { page: state.page, pages: totalPages })}</p>
      {state.page < totalPages ? (
        <a href={searchHref(locale, state, { page: state.page + 1 })} rel="next" className={linkClass}>
          {messages.search.next} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
