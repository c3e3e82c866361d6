// The organisation's requests: status, deadline, and how many suppliers matched and quoted, filtered by status.
// Emails link here (/requests). Each request can be copied into a new one: sourcing repeats.
import type { Metadata } from "next";
import { Pagination } from "../../../components/pagination";
import { RequestStatusBadge } from "../../../components/requests/request-status-badge";
import { Badge } from "../../../components/ui/badge";
import { Button } from "../../../components/ui/button";
import { formatDate } from "../../../lib/format";
import { fill, plural } from "../../../lib/i18n/fill";
import { messagesFor } from "../../../lib/i18n/messages";
import {
  isRequestStatus,
  organizationRequests,
  requestStatuses,
  requestsPageSize,
} from "../../../lib/requests";
import { languageOf, requireMe, signedInMe } from "../../../lib/session/signed-in";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).requests.listTitle } : {};
}

type Search = { status?: string | string[]; page?: string | string[] };

export default async function RequestsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const query = await searchParams;
  const status = typeof query.status === "string" && isRequestStatus(query.status) ? query.status : undefined;
  const page = Math.min(Math.max(Number.parseInt(String(query.page ?? "1"), 10) || 1, 1), 500);
  const href = (next: { status?: string | undefined; page?: number }) => {
    const params = new URLSearchParams();
    if (next.status) params.set("status", next.status);
    if (next.page && next.page > 1) params.set("page", String(next.page));
    const search = params.toString();
    return search ? `/requests?${search}` : "/requests";
  };
  const me = await requireMe(href({ status, page }));
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const copy = messages.requests;
  const list = await organizationRequests({ ...(status ? { status } : {}), page });
  const filters = [
    { value: undefined, label: copy.filterAll },
    ...requestStatuses.map((s) => ({ value: s, label: copy.status[s] })),
  ];
  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-2xl">
          <h1 className="text-3xl font-bold">{copy.listTitle}</h1>
          <p className="mt-2 text-lg">{copy.listLead}</p>
        </div>
        <Button asChild>
          <a href="/requests/new">{copy.newRequest}</a>
        </Button>
      </div>
      <nav aria-label={copy.filterLabel} className="mt-6">
        <ul className="flex flex-wrap gap-2">
          {filters.map((filter) => (
            <li key={filter.value ?? "all"}>
              <a
                href={href({ status: filter.value })}
                aria-current={filter.value === status ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border-2 px-4 font-semibold no-underline ${
                  filter.value === status
                    ? "border-brand bg-brand text-white hover:text-white"
                    : "border-line-soft bg-white text-ink"
                }`}
              >
                {filter.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {list.items.length === 0 ? (
        <p className="mt-8 text-lg">{status ? copy.empty : copy.emptyAll}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {list.items.map((request) => (
            <li key={request.id} className="rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-5">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h2 className="text-xl font-bold">
                  <a href={`/requests/${request.id}`}>{request.title}</a>
                </h2>
                <RequestStatusBadge status={request.status} messages={messages} />
              </div>
              <p className="mt-1 text-muted">
                {fill(copy.deadline, { date: formatDate(locale, request.quoteDeadline) })} ·{" "}
                {fill(copy.neededBy, { date: formatDate(locale, request.neededBy) })}
              </p>
              {request.status !== "draft" ? (
                <p className="mt-2 flex flex-wrap gap-x-4 font-semibold">
                  <span>{plural(locale, copy.matchesCount, request.activity.matches)}</span>
                  <span>{plural(locale, copy.nearMissesCount, request.activity.nearMisses)}</span>
                  <a href={`/requests/${request.id}/quotes`}>
                    {plural(locale, copy.quotesCount, request.activity.quotes)}
                  </a>
                  {request.activity.unreadMessages > 0 ? (
                    <a href={`/requests/${request.id}#messages-section`}>
                      <Badge tone="warning">
                        {plural(locale, messages.threads.unreadInList, request.activity.unreadMessages)}
                      </Badge>
                    </a>
                  ) : null}
                </p>
              ) : null}
              <p className="mt-2 flex flex-wrap gap-x-4">
                {request.status === "draft" || request.status === "open" ? (
                  <a href={`/requests/${request.id}/edit`} className="inline-flex min-h-11 items-center">
                    {copy.edit}
                    <span className="sr-only">: {request.title}</span>
                  </a>
                ) : null}
                <a href={`/requests/new?from=${request.id}`} className="inline-flex min-h-11 items-center">
                  {copy.postSimilar}
                  <span className="sr-only">: {request.title}</span>
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        messages={messages}
        page={page}
        totalPages={Math.ceil(list.total / requestsPageSize)}
        hrefFor={(next) => href({ status, page: next })}
      />
    </div>
  );
}
