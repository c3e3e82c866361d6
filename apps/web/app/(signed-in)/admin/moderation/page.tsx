// Moderation: pause a supplier or hide a request, with the reason the audit log keeps.
import type { Metadata } from "next";
import { AdminNav } from "../../../../components/admin/admin-nav";
import { ModerationForm } from "../../../../components/admin/moderation-form";
import { adminData, adminPage } from "../../../../lib/admin-page";
import { api } from "../../../../lib/api";
import { messagesFor } from "../../../../lib/i18n/messages";
import { languageOf, signedInMe } from "../../../../lib/session/signed-in";
import { callAsPerson } from "../../../../lib/session/web-session";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).admin.moderation.title } : {};
}

export default async function ModerationPage() {
  const { locale, messages } = await adminPage("/admin/moderation");
  adminData(
    await callAsPerson((headers) =>
      api().GET("/v1/admin/audit-log", { headers, params: { query: { limit: 1 } } }),
    ),
  );
  const copy = messages.admin.moderation;
  return (
    <div className="max-w-3xl">
      <AdminNav current="/admin/moderation" messages={messages} />
      <h1 className="text-3xl font-bold">{copy.title}</h1>
      <p className="mt-3 text-lg">{copy.lead}</p>
      <section aria-labelledby="supplier-heading" className="mt-8">
        <h2 id="supplier-heading" className="text-2xl font-bold">
          {copy.supplierHeading}
        </h2>
        <div className="mt-4 rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6">
          <ModerationForm locale={locale} messages={messages} subject="supplier" />
        </div>
      </section>
      <section aria-labelledby="request-heading" className="mt-8">
        <h2 id="request-heading" className="text-2xl font-bold">
          {copy.requestHeading}
        </h2>
        <div className="mt-4 rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6">
          <ModerationForm locale={locale} messages={messages} subject="request" />
        </div>
      </section>
    </div>
  );
}
