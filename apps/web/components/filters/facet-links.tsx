// One group of filter links with their counts: each link adds or removes its value (no JavaScript needed). A link
// is one element with its text: the check box is drawn by CSS (`.facet-link` in globals.css) from aria-current,
// since a search page holds dozens of these and each element is rendered twice (HTML and the RSC payload).

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
  className = "mt-1",
}: {
  values: FacetValue[];
  locale: Locale;
  messages: Messages;
  className?: string;
}) {
  return (
    <ul className={className}>
      {values.map((value) => (
        <li key={value.value}>
          <FacetLink value={value} locale={locale} messages={messages} />
          {value.children && value.children.length > 0 ? (
            <FacetList
              values={value.children}
              locale={locale}
              messages={messages}
              className="ml-4 border-l-2 border-line-soft pl-2"
            />
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
      // Only a chosen value carries these: an absent prop still costs a "$undefined" in the RSC payload.
      {...(value.selected
        ? { "aria-current": "true", "aria-label": fill(messages.search.removeFilter, { name: value.label }) }
        : {})}
      className="facet-link"
    >
      {value.label}
      {value.count !== undefined ? (
        <span className="text-muted">{`(${formatNumber(locale, value.count)})`}</span>
      ) : null}
    </a>
  );
}
