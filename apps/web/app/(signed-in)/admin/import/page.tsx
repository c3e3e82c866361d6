// Import an association's directory as a platform admin: the upload, the per-row report, the error file.
import type { Metadata } from "next";
import { AdminNav } from "../../../../components/admin/admin-nav";
import { ImportForm } from "../../../../components/admin/import-form";
import { adminData, adminPage } from "../../../../lib/admin-page";
import { api } from "../../../../lib/api";
import { messagesFor } from "../../../../lib/i18n/messages";
import { currentMembership, languageOf, signedInMe } from "../../../../lib/session/signed-in";
import { callAsPerson } from "../../../../lib/session/web-session";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).admin.import.title } : {};
}

export default async function ImportPage() {
  const { me, locale, messages } = await adminPage("/admin/import");
  // Associations import their own directory here too; anyone else must be a platform admin (the API decides).
  const association = currentMembership(me)?.organization.roles.includes("association") ?? false;
  if (!association) {
    adminData(
      await callAsPerson((headers) =>
        api().GET("/v1/admin/claims", { headers, params: { query: { limit: 1 } } }),
      ),
    );
  }
  const copy = messages.admin.import;
  return (
    <div className="max-w-3xl">
      {association ? null : <AdminNav current="/admin/import" messages={messages} />}
      <h1 className="text-3xl font-bold">{copy.title}</h1>
      <p className="mt-3 text-lg">{copy.lead}</p>
      <div className="mt-6 rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6">
        <ImportForm locale={locale} messages={messages} />
      </div>
    </div>
  );
}
