"use client";
// The delivery zone, picked by name: what the buyer types is looked up as a zone name and as a province (former
// names too), with or without diacritics, and the choices show under the field; or tapped on the map beneath.
// Without JavaScript the typed name is sent and the server takes the best match.
import { useEffect, useRef, useState } from "react";
import { findZones, type ZoneChoice } from "../../app/actions/request-actions";
import { fill, plural } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { FieldFrame } from "../forms/field";
import { useTypedBeforeHydration } from "../forms/use-typed-before-hydration";
import { Input } from "../ui/input";
import { type PickableZone, ZonePickMap } from "../zone-pick-map";

export function ZonePicker({
  locale,
  messages,
  initial,
  mapZones,
  error,
}: {
  locale: Locale;
  messages: Messages;
  initial: { id: string; name: string; query: string };
  /** The zones the map beneath the field offers, named in the page's language. */
  mapZones: PickableZone[];
  error?: string | undefined;
}) {
  const copy = messages.requests.form;
  const [chosen, setChosen] = useState(initial.id ? { id: initial.id, name: initial.name } : undefined);
  const [query, setQuery] = useState(initial.query);
  const [found, setFound] = useState<ZoneChoice[]>([]);
  const queryField = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(queryField, setQuery);

  useEffect(() => {
    if (chosen) return;
    let current = true;
    const timer = setTimeout(() => {
      findZones(query).then(
        (zones) => {
          if (current) setFound(zones);
        },
        // A lookup that failed leaves the choices as they were; the next keystroke asks again.
        () => {},
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, chosen]);

  const zoneName = (zone: ZoneChoice) => (locale === "vi" ? zone.nameVi : zone.nameEn);
  return (
    <div className="space-y-3">
      <FieldFrame name="zone" label={copy.zone} hint={copy.zoneHint} error={error}>
        {(control) =>
          chosen ? (
            <div className="flex flex-wrap items-center gap-3">
              <input type="hidden" name="zoneId" value={chosen.id} />
              <input type="hidden" name="zoneName" value={chosen.name} />
              <p id={control.id} className="text-lg font-semibold" tabIndex={-1}>
                {fill(copy.zoneChosen, { name: chosen.name })}
              </p>
              <button
                type="button"
                className="min-h-11 font-semibold text-brand underline"
                onClick={() => {
                  setChosen(undefined);
                  setQuery("");
                }}
              >
                {copy.zoneChange}
              </button>
            </div>
          ) : (
            <>
              <Input
                ref={queryField}
                name="zoneQuery"
                type="search"
                autoComplete="off"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                {...control}
              />
              <p className="sr-only" aria-live="polite">
                {query.trim().length >= 2 ? plural(locale, copy.zoneResults, found.length) : ""}
              </p>
              {found.length > 0 ? (
                <ul className="mt-2 divide-y divide-line-soft rounded-md border border-line-soft bg-white">
                  {found.map((zone) => (
                    <li key={zone.id}>
                      <button
                        type="button"
                        aria-label={fill(copy.zonePick, { name: zoneName(zone) })}
                        className="block min-h-11 w-full px-3 py-2 text-left hover:bg-canvas"
                        onClick={() => setChosen({ id: zone.id, name: zoneName(zone) })}
                      >
                        <span className="font-semibold">{zoneName(zone)}</span>
                        <span className="block text-base text-muted">
                          {zone.province2025}
                          {zone.formerProvince && zone.formerProvince !== zone.province2025
                            ? ` (${zone.formerProvince})`
                            : ""}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          )
        }
      </FieldFrame>
      <ZonePickMap
        zones={mapZones}
        initial={initial.id}
        value={chosen?.id ?? ""}
        onPick={(zone) => setChosen({ id: zone.id, name: zone.name })}
        copy={{
          title: messages.supplierWorkspace.zoneMapTitle,
          hint: copy.zoneMapHint,
          chosen: messages.supplierWorkspace.zoneMapChosen,
          towns: messages.map.towns,
        }}
      />
    </div>
  );
}
