// One group of filter links with their counts: each link adds or removes its value (no JavaScript needed).

import type { FacetValue } from "../../lib/category-facet";
import { formatNumber } from "../../lib/format";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";

export function FacetGroup({
  id,
  heading,
  values,
  locale,
  messages,
}: {
  id: string;
  heading: string;
  values: FacetValue[];
  locale: Locale;
  messages: Messages;
}) {
  if (values.length === 0) return null;
  return (
    <section aria-labelledby={`facet-${id}`}>
      <h3 id={`facet-${id}`} className="font-semibold">
        {heading}
      </h3>
      <FacetList values={values} locale={locale} messages={messages} />
    </section>
  );
}

function FacetList({
  values,
  locale,
  messages,
}: {
  values: FacetValue[];
  locale: Locale;
  messages: Messages;
}) {
  return (
    <ul className="mt-1">
      {values.map((value) => (
        <li key={value.value}>
          <FacetLink value={value} locale={locale} messages={messages} />
          {value.children && value.children.length > 0 ? (
            <div className="ml-4 border-l-2 border-line-soft pl-2">
              <FacetList values={value.children} locale={locale} messages={messages} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function FacetLink({
  value,
  locale,
  messages,
}: {
  value: FacetValue;
  locale: Locale;
  messages: Messages;
}) {
  return (
    <a
      href={value.href}
      aria-current={value.selected ? "true" : undefined}
      aria-label={value.selected ? fill(messages.search.removeFilter, { name: value.label }) : undefined}
      className="flex min-h-11 items-center gap-2"
    >
      <Check selected={value.selected} />
      <span>{value.label}</span>
      {value.count !== undefined ? (
        <span className="text-muted">({formatNumber(locale, value.count)})</span>
      ) : null}
    </a>
  );
}

/** A drawn check box: the link is the control, the box shows its state (aria-current says it in words). */
function Check({ selected }: { selected: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-flex h-5 w-5 shrink-0 items-center justify-center rounded border-2 border-ink text-sm leading-none ${selected ? "bg-ink text-white" : "bg-white"}`}
    >
      {selected ? "✓" : ""}
    </span>
  );
}
