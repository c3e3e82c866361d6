// The admin console's overview: what waits for a decision, and how the last weekly digest went.
import type { Metadata } from "next";
import { AdminNav } from "../../../components/admin/admin-nav";
import { adminData, adminPage } from "../../../lib/admin-page";
import { api } from "../../../lib/api";
import { fill } from "../../../lib/i18n/fill";
import { messagesFor } from "../../../lib/i18n/messages";
import { languageOf, signedInMe } from "../../../lib/session/signed-in";
import { callAsPerson } from "../../../lib/session/web-session";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).admin.title } : {};
}

const statuses = ["planned", "sent", "failed", "skipped"] as const;

export default async function AdminHome() {
  const { locale, messages } = await adminPage("/admin");
  const copy = messages.admin;
  const [verification, claims, digests, notifications] = await Promise.all([
    callAsPerson((headers) =>
      api().GET("/v1/admin/verification-requests", { headers, params: { query: { limit: 200 } } }),
    ),
    callAsPerson((headers) => api().GET("/v1/admin/claims", { headers, params: { query: { limit: 200 } } })),
    callAsPerson((headers) =>
      api().GET("/v1/admin/digests", { headers, params: { query: { status: "failed", limit: 1 } } }),
    ),
    callAsPerson((headers) =>
      api().GET("/v1/admin/notifications", { headers, params: { query: { days: 7 } } }),
    ),
  ]);
  const notificationCounts = adminData(notifications).counts;
  const kinds = [...new Set(notificationCounts.map((row) => row.kind))];
  const countOf = (kind: string, status: string) =>
    notificationCounts.find((row) => row.kind === kind && row.status === status)?.count ?? 0;
  const waiting = adminData(verification).requests.length;
  const claimsWaiting = adminData(claims).claims.length;
  const digest = adminData(digests);
  return (
    <div className="max-w-3xl">
      <AdminNav current="/admin" messages={messages} />
      <h1 className="text-3xl font-bold">{copy.title}</h1>
      <p className="mt-3 text-lg">{copy.lead}</p>
      <section aria-labelledby="queues-heading" className="mt-8">
        <h2 id="queues-heading" className="text-2xl font-bold">
          {copy.home.queues}
        </h2>
        <ul className="mt-3 space-y-2 text-lg">
          <li>
            <a href="/admin/verification">{fill(copy.home.verificationWaiting, { count: waiting })}</a>
          </li>
          <li>
            <a href="/admin/claims">{fill(copy.home.claimsWaiting, { count: claimsWaiting })}</a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="digest-heading" className="mt-8">
        <h2 id="digest-heading" className="text-2xl font-bold">
          {fill(copy.home.digestHeading, { week: digest.week ?? "" })}
        </h2>
        {digest.week === null ? (
          <p className="mt-3 text-lg">{copy.home.digestNone}</p>
        ) : (
          <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
            {statuses.map((status) => (
              <div key={status} className="rounded-lg border border-line-soft bg-white p-3 shadow-sm">
                <dt className="font-semibold">{copy.home.digestCounts[status]}</dt>
                <dd className="text-2xl font-bold">{(digest.counts[status] ?? 0).toLocaleString(locale)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section aria-labelledby="notifications-heading" className="mt-8">
        <h2 id="notifications-heading" className="text-2xl font-bold">
          {copy.home.notificationsHeading}
        </h2>
        {kinds.length === 0 ? (
          <p className="mt-3 text-lg">{copy.home.notificationsNone}</p>
        ) : (
          kinds.map((kind) => (
            <div key={kind} className="mt-3">
              <h3 className="text-lg font-bold">
                {copy.home.notificationKinds[kind as keyof typeof copy.home.notificationKinds] ?? kind}
              </h3>
              <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
                {statuses.map((status) => (
                  <div key={status} className="rounded-lg border border-line-soft bg-white p-3 shadow-sm">
                    <dt className="font-semibold">{copy.home.digestCounts[status]}</dt>
                    <dd className="text-2xl font-bold">{countOf(kind, status).toLocaleString(locale)}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))
        )}
      </section>
    </div>
  );
}
