// Tabs between the pages of one area (the admin console, the settings): one link per page, the current one
// marked for screen readers too, wrapping onto more lines on a phone.
export interface Tab {
  href: string;
  label: string;
}

export function TabNav({ label, tabs, current }: { label: string; tabs: readonly Tab[]; current: string }) {
  return (
    <nav aria-label={label} className="mb-6 border-b-2 border-line-soft">
      <ul className="flex flex-wrap gap-x-4">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <a
              href={tab.href}
              aria-current={tab.href === current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center text-lg ${tab.href === current ? "font-bold text-ink no-underline" : ""}`}
            >
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
