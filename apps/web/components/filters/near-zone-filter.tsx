// "Near an industrial zone": a zone picked by name (with or without diacritics, short forms too) and a radius. The
// page resolves the name; what it could not find is said next to the field, other zones the words could mean are
// offered as links, and the zone list (each zone's page searches near it) is one link away. There is no <datalist>
// of the 121 names: it was a fifth of a search page's elements, each rendered twice (HTML and RSC payload), for
// suggestions that phones show poorly (docs/decisions.md, session 9).
import { formatDistanceKm } from "../../lib/format";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import type { NearZone } from "../../lib/near-zone";
import { defaultRadiusKm, radiusChoicesKm, type SearchState, searchHref } from "../../lib/search-params";
import { HiddenState } from "./hidden-state";

export function NearZoneFilter({
  locale,
  messages,
  state,
  near,
}: {
  locale: Locale;
  messages: Messages;
  state: SearchState;
  near: NearZone;
}) {
  const s = messages.search;
  const zoneLabel = (zone: { nameVi: string; nameEn: string }) =>
    locale === "vi" ? zone.nameVi : zone.nameEn;
  const typed = near.kind === "zone" ? zoneLabel(near.zone) : near.kind === "unknown" ? near.text : "";
  const radius = state.radiusKm ?? defaultRadiusKm;
  const radii: number[] = [...radiusChoicesKm];
  if (!radii.includes(radius)) radii.push(radius);
  return (
    <section aria-labelledby="facet-near">
      <h3 id="facet-near" className="font-semibold">
        {s.nearHeading}
      </h3>
      <form action={`/${locale}/suppliers`} method="get" className="mt-1 space-y-2">
        <HiddenState state={state} replaces={["near", "radiusKm", "sort"]} />
        <label htmlFor="near-zone" className="block text-sm font-semibold">
          {s.nearLabel}
        </label>
        <p id="near-zone-hint" className="text-sm text-muted">
          {s.nearHint}
        </p>
        {near.kind === "unknown" ? (
          <p id="near-zone-error" className="font-semibold text-critical-ink">
            {fill(s.nearUnknown, { name: near.text })}
          </p>
        ) : null}
        <input
          id="near-zone"
          name="near"
          defaultValue={typed}
          autoComplete="off"
          maxLength={100}
          aria-invalid={near.kind === "unknown" ? "true" : undefined}
          aria-describedby={near.kind === "unknown" ? "near-zone-hint near-zone-error" : "near-zone-hint"}
          className="block min-h-11 w-full rounded-md border-2 border-ink bg-white px-2"
        />
        <a href={`/${locale}/zones`} className="inline-flex min-h-11 items-center text-sm">
          {s.nearBrowse}
        </a>
        <label htmlFor="near-radius" className="block text-sm font-semibold">
          {s.radiusLabel}
        </label>
        <select
          id="near-radius"
          name="radiusKm"
          defaultValue={String(radius)}
          className="block min-h-11 w-full rounded-md border-2 border-ink bg-white px-2"
        >
          {radii.map((km) => (
            <option key={km} value={km}>
              {fill(s.radiusOption, { km })}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-md border-2 border-ink bg-white px-4 font-semibold"
        >
          {s.nearApply}
        </button>
      </form>
      {near.kind === "zone" ? (
        <div className="mt-2 space-y-1">
          <p>
            {fill(s.nearChosen, {
              radius: formatDistanceKm(locale, radius),
              zone: zoneLabel(near.zone),
            })}
          </p>
          {near.alternatives.length > 0 ? (
            <>
              <p className="text-sm text-muted">{s.nearAlternatives}</p>
              <ul>
                {near.alternatives.map((zone) => (
                  <li key={zone.id}>
                    <a
                      href={searchHref(locale, state, { near: zone.id })}
                      className="inline-flex min-h-11 items-center"
                    >
                      {zoneLabel(zone)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <a
            href={searchHref(locale, state, { near: undefined, radiusKm: undefined, sort: undefined })}
            className="inline-flex min-h-11 items-center font-semibold"
          >
            ✕ {s.nearRemove}
          </a>
        </div>
      ) : null}
    </section>
  );
}
