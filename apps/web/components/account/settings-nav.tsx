// The tabs of the signed-in settings: one link per page, the current one marked for screen readers too.
import type { Messages } from "../../lib/i18n/messages";

const pages = [
  ["/settings/notifications", "notificationsNav"],
  ["/settings/account", "accountNav"],
  ["/organization/members", "membersNav"],
  ["/settings/data", "dataNav"],
] as const;

export function SettingsNav({ current, messages }: { current: string; messages: Messages }) {
  const copy = messages.account.settings;
  return (
    <nav aria-label={copy.navLabel} className="mb-6 border-b-2 border-line-soft">
      <ul className="flex flex-wrap gap-x-4">
        {pages.map(([href, key]) => (
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
