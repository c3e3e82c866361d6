import type { Locale } from "../lib/i18n/locales";
import type { Messages } from "../lib/i18n/messages";

export function SiteFooter({ locale, messages }: { locale: Locale; messages: Messages }) {
  const links = [
    { href: `/${locale}/suppliers`, label: messages.nav.suppliers },
    { href: `/${locale}/zones`, label: messages.nav.zones },
    { href: `/${locale}/categories`, label: messages.nav.categories },
  ];
  return (
    <footer className="mt-16 border-t-4 border-brand bg-white print:hidden">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 text-muted sm:grid-cols-[2fr_1fr]">
        <div>
          <p className="font-semibold text-ink">{messages.meta.siteName}</p>
          <p className="mt-1 max-w-prose">{messages.footer.about}</p>
        </div>
        <nav aria-labelledby="footer-explore">
          <h2 id="footer-explore" className="font-semibold text-ink">
            {messages.footer.exploreHeading}
          </h2>
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="inline-flex min-h-11 items-center">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
