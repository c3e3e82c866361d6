// Look up organisations and people by name, email or id (a GET form: works without JavaScript).
import type { Metadata } from "next";
import { AdminNav } from "../../../../components/admin/admin-nav";
import { QueryForm } from "../../../../components/query-form";
import { Badge } from "../../../../components/ui/badge";
import { adminData, adminPage } from "../../../../lib/admin-page";
import { api } from "../../../../lib/api";
import { fill } from "../../../../lib/i18n/fill";
import { messagesFor } from "../../../../lib/i18n/messages";
import { languageOf, signedInMe } from "../../../../lib/session/signed-in";
import { callAsPerson } from "../../../../lib/session/web-session";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).admin.accounts.title } : {};
}

export default async function AccountsPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const { messages } = await adminPage("/admin/accounts");
  const copy = messages.admin.accounts;
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const searching = query.length >= 2;
  const found = searching ? await lookUp(query) : undefined;
  if (!found) {
    adminData(
      await callAsPerson((headers) =>
        api().GET("/v1/admin/audit-log", { headers, params: { query: { limit: 1 } } }),
      ),
    );
  }
  return (
    <div className="max-w-3xl">
      <AdminNav current="/admin/accounts" messages={messages} />
      <h1 className="text-3xl font-bold">{copy.title}</h1>
      <QueryForm action="/admin/accounts" label={copy.query} submit={copy.submit} defaultValue={query} />
      {found ? (
        <>
          <section aria-labelledby="organizations-heading" className="mt-8">
            <h2 id="organizations-heading" className="text-2xl font-bold">
              {copy.organizations}
            </h2>
            {found.organizations.length === 0 ? (
              <p className="mt-3">{copy.none}</p>
            ) : (
              <ul className="mt-3 space-y-3">
                {found.organizations.map((organization) => (
                  <li
                    key={organization.id}
                    className="rounded-lg border border-line-soft bg-white p-4 shadow-sm"
                  >
                    <p className="text-lg font-semibold">{organization.name}</p>
                    <p className="break-all font-mono text-sm">{organization.id}</p>
                    <p>{fill(copy.roles, { roles: organization.roles.join(", ") })}</p>
                    <p>{fill(copy.members, { count: organization.members })}</p>
                    {organization.supplierId ? (
                      <p className="break-all">
                        {fill(copy.supplierProfile, { status: organization.supplierStatus ?? "" })}:{" "}
                        <span className="font-mono text-sm">{organization.supplierId}</span>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="users-heading" className="mt-8">
            <h2 id="users-heading" className="text-2xl font-bold">
              {copy.users}
            </h2>
            {found.users.length === 0 ? (
              <p className="mt-3">{copy.none}</p>
            ) : (
              <ul className="mt-3 space-y-3">
                {found.users.map((user) => (
                  <li key={user.id} className="rounded-lg border border-line-soft bg-white p-4 shadow-sm">
                    <p className="text-lg font-semibold">{user.name}</p>
                    <p className="break-all">{user.email}</p>
                    <p className="mt-1 flex flex-wrap gap-2">
                      <Badge tone={user.emailVerified ? "success" : "warning"}>
                        {user.emailVerified ? copy.verifiedEmail : copy.unverifiedEmail}
                      </Badge>
                      {user.isPlatformAdmin ? <Badge tone="info">{copy.platformAdmin}</Badge> : null}
                    </p>
                    <ul className="mt-1 list-disc pl-5">
                      {user.organizations.map((membership) => (
                        <li key={membership.organizationId}>
                          {membership.organizationName} ({membership.role})
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}

async function lookUp(query: string) {
  const [organizations, users] = await Promise.all([
    callAsPerson((headers) =>
      api().GET("/v1/admin/organizations", { headers, params: { query: { q: query } } }),
    ),
    callAsPerson((headers) => api().GET("/v1/admin/users", { headers, params: { query: { q: query } } })),
  ]);
  return { organizations: adminData(organizations).organizations, users: adminData(users).users };
}
