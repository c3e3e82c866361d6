// The admin audit log, newest first: who did what to which subject, when and why; paged by `before`.
import type { Metadata } from "next";
import { AdminNav } from "../../../../components/admin/admin-nav";
import { adminData, adminPage } from "../../../../lib/admin-page";
import { api } from "../../../../lib/api";
import { formatDateTime } from "../../../../lib/format";
import { messagesFor } from "../../../../lib/i18n/messages";
import { languageOf, signedInMe } from "../../../../lib/session/signed-in";
import { callAsPerson } from "../../../../lib/session/web-session";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).admin.audit.title } : {};
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const { locale, messages } = await adminPage("/admin/audit");
  const copy = messages.admin.audit;
  const before = (await searchParams).before;
  const log = adminData(
    await callAsPerson((headers) =>
      api().GET("/v1/admin/audit-log", {
        headers,
        params: { query: before && uuid.test(before) ? { before } : {} },
      }),
    ),
  );
  return (
    <div className="max-w-3xl">
      <AdminNav current="/admin/audit" messages={messages} />
      <h1 className="text-3xl font-bold">{copy.title}</h1>
      {log.entries.length === 0 ? (
        <p className="mt-6 text-lg">{copy.empty}</p>
      ) : (
        <ul className="mt-6 space-y-3">
          {log.entries.map((entry) => (
            <li key={entry.id} className="rounded-lg border border-line-soft bg-white p-4 shadow-sm">
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                <dt className="font-semibold">{copy.what}</dt>
                <dd className="font-mono">{entry.action}</dd>
                <dt className="font-semibold">{copy.who}</dt>
                <dd className="break-all">
                  {entry.actorName ? `${entry.actorName} (${entry.actorEmail})` : "—"}
                </dd>
                <dt className="font-semibold">{copy.when}</dt>
                <dd>{formatDateTime(locale, entry.at)}</dd>
                <dt className="font-semibold">{copy.subject}</dt>
                <dd className="break-all">
                  {entry.subjectType} {entry.subjectId}
                </dd>
                <dt className="font-semibold">{copy.why}</dt>
                <dd className="whitespace-pre-line">{entry.reason ?? "—"}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {log.nextBefore ? (
        <p className="mt-6">
          <a href={`/admin/audit?before=${log.nextBefore}`} className="text-lg font-semibold">
            {copy.older}
          </a>
        </p>
      ) : null}
    </div>
  );
}
