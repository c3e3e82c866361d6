// The admin console's sections, the current one marked for screen readers too.
import type { Messages } from "../../lib/i18n/messages";

const sections = [
  ["/admin", "home"],
  ["/admin/verification", "verification"],
  ["/admin/claims", "claims"],
  ["/admin/import", "import"],
  ["/admin/moderation", "moderation"],
  ["/admin/audit", "audit"],
  ["/admin/accounts", "accounts"],
] as const;

export function AdminNav({ current, messages }: { current: string; messages: Messages }) {
  const copy = messages.admin.nav;
  return (
    <nav aria-label={copy.label} className="mb-6 border-b-2 border-line-soft">
      <ul className="flex flex-wrap gap-x-4">
        {sections.map(([href, key]) => (
          <li key={href}>
            <a
              href={href}
              aria-current={href === current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center text-lg ${href === current ? "font-bold text-ink no-underline" : ""}`}
            >
              {copy[key]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
