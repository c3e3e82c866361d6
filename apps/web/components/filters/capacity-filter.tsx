// "At least this much a month": a number and the unit it is counted in (a capacity only compares within one
// unit). A GET form, so it works without JavaScript; a number the page could not use is named next to the field.
import { quantityUnitName } from "@ketnoi/domain/units";
import { formatNumber, formatQuantity } from "../../lib/format";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { type SearchState, searchHref } from "../../lib/search-params";
import { HiddenState } from "./hidden-state";

export function CapacityFilter({
  locale,
  messages,
  state,
  unitCounts,
  invalid,
  typed,
}: {
  locale: Locale;
  messages: Messages;
  state: SearchState;
  /** Suppliers per capacity unit in the current results. */
  unitCounts: Record<string, number>;
  invalid: boolean;
  /** The text of a refused number, shown back in the field so it can be corrected. */
  typed: string | undefined;
}) {
  const s = messages.search;
  const units = Object.entries(unitCounts).sort((a, b) => b[1] - a[1]);
  if (state.capacityUnit && !unitCounts[state.capacityUnit]) units.unshift([state.capacityUnit, 0]);
  if (units.length === 0) return null;
  const active =
    state.minCapacity !== undefined && state.capacityUnit
      ? fill(s.capacityActive, {
          quantity: formatQuantity(locale, { value: state.minCapacity, unit: state.capacityUnit }),
        })
      : undefined;
  return (
    <section aria-labelledby="facet-capacity">
      <h3 id="facet-capacity" className="font-semibold">
        {s.filterCapacity}
      </h3>
      <form action={`/${locale}/suppliers`} method="get" className="mt-1 space-y-2">
        <HiddenState state={state} replaces={["minCapacity", "capacityUnit"]} />
        {invalid ? (
          <p id="min-capacity-error" className="font-semibold text-critical-ink">
            {s.capacityInvalid}
          </p>
        ) : null}
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label htmlFor="min-capacity" className="block text-sm font-semibold">
              {s.capacityValueLabel}
            </label>
            <input
              id="min-capacity"
              name="minCapacity"
              inputMode="numeric"
              defaultValue={typed ?? state.minCapacity ?? ""}
              aria-invalid={invalid ? "true" : undefined}
              aria-describedby={invalid ? "min-capacity-error" : undefined}
              className="block min-h-11 w-full rounded-md border-2 border-ink bg-white px-2"
            />
          </div>
          <div>
            <label htmlFor="capacity-unit" className="block text-sm font-semibold">
              {s.capacityUnitLabel}
            </label>
            <select
              id="capacity-unit"
              name="capacityUnit"
              defaultValue={state.capacityUnit ?? units[0]?.[0]}
              className="block min-h-11 w-full rounded-md border-2 border-ink bg-white px-2"
            >
              {units.map(([unit, count]) => (
                <option key={unit} value={unit}>
                  {`${quantityUnitName(unit, locale)} (${formatNumber(locale, count)})`}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-md border-2 border-ink bg-white px-4 font-semibold"
        >
          {s.capacityApply}
        </button>
      </form>
      {active ? (
        <p className="mt-1">
          <a
            href={searchHref(locale, state, { minCapacity: undefined, capacityUnit: undefined })}
            aria-label={fill(s.removeFilter, { name: active })}
            className="inline-flex min-h-11 items-center"
          >
            ✕ {active}
          </a>
        </p>
      ) : null}
    </section>
  );
}
