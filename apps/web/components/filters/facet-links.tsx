"use client";
// One group of filter links with their counts: each link adds or removes its value (no JavaScript needed). A link
// is one element with its text: the check box is drawn by CSS (`.facet-link` in globals.css) from aria-current.
// The page prepares each link's text (lib/facet-link-view.ts) and this lays them out; it is a client component so
// that the RSC payload carries the links' text once, not their element tree (lib/supplier-card-view.ts says why).
import type { FacetLinkView } from "../../lib/facet-link-view";

export function FacetGroup({
  id,
  heading,
  values,
}: {
  id: string;
  heading: string;
  values: FacetLinkView[];
}) {
  if (values.length === 0) return null;
  return (
    <section aria-labelledby={`facet-${id}`}>
      <h3 id={`facet-${id}`} className="font-semibold">
        {heading}
      </h3>
      <FacetList values={values} />
    </section>
  );
}

function FacetList({ values, className = "mt-1" }: { values: FacetLinkView[]; className?: string }) {
  return (
    <ul className={className}>
      {values.map((value) => (
        <li key={value.value}>
          <FacetLink value={value} />
          {value.children ? (
            <FacetList values={value.children} className="ml-4 border-l-2 border-line-soft pl-2" />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function FacetLink({ value }: { value: FacetLinkView }) {
  return (
    <a
      href={value.href}
      {...(value.removeLabel ? { "aria-current": "true", "aria-label": value.removeLabel } : {})}
      className="facet-link"
    >
      {value.label}
      {value.count !== undefined ? <span className="text-muted">{value.count}</span> : null}
    </a>
  );
}
