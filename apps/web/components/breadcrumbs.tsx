// Where a page sits in the directory, as links back up (the last item is the page itself).
import type { Messages } from "../lib/i18n/messages";

export function Breadcrumbs({
  messages,
  trail,
}: {
  messages: Messages;
  trail: { label: string; href: string }[];
}) {
  return (
    <nav aria-label={messages.nav.breadcrumb}>
      <ol className="flex flex-wrap items-center gap-x-2 text-muted">
        {trail.map((item, index) => (
          <li key={item.href} className="flex items-center gap-x-2">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            {index === trail.length - 1 ? (
              <a
                href={item.href}
                aria-current="page"
                className="inline-flex min-h-11 items-center text-ink no-underline"
              >
                {item.label}
              </a>
            ) : (
              <a href={item.href} className="inline-flex min-h-11 items-center">
                {item.label}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
