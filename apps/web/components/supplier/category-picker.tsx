"use client";
// Categories found by typing, in Vietnamese or English, with or without diacritics ("thung carton", "ép nhựa",
// "injection"). Each chosen category is a hidden `categories` input, so the form posts them like checkboxes.
import { foldVietnamese } from "@ketnoi/domain/text";
import { useId, useMemo, useRef, useState } from "react";
import { fill } from "../../lib/i18n/fill";
import { useTypedBeforeHydration } from "../forms/use-typed-before-hydration";

export interface CategoryOption {
  code: string;
  name: string;
  /** The parent group's name, to tell similar names apart. */
  group: string | null;
  /** Every name and synonym in both languages, folded. */
  search: string;
}

export function CategoryPicker({
  options,
  selected: initial,
  copy,
  error,
}: {
  options: CategoryOption[];
  selected: string[];
  copy: {
    label: string;
    hint: string;
    search: string;
    noResults: string;
    add: string;
    remove: string;
    chosen: string;
  };
  error?: string | undefined;
}) {
  const [selected, setSelected] = useState(initial);
  const [query, setQuery] = useState("");
  const queryField = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(queryField, setQuery);
  const id = useId();
  const byCode = useMemo(() => new Map(options.map((option) => [option.code, option])), [options]);
  const folded = foldVietnamese(query);
  const words = folded.split(" ").filter(Boolean);
  const results =
    words.length === 0
      ? []
      : options
          .filter(
            (option) =>
              !selected.includes(option.code) && words.every((word) => option.search.includes(word)),
          )
          .slice(0, 8);
  return (
    <fieldset className={`space-y-2 ${error ? "border-l-4 border-critical-ink pl-3" : ""}`}>
      <legend className="text-lg font-semibold">{copy.label}</legend>
      <p id={`${id}-hint`} className="text-base text-muted">
        {copy.hint}
      </p>
      {error ? (
        <p id="field-categories-error" className="font-semibold text-critical-ink">
          {error}
        </p>
      ) : null}
      <h3 className="sr-only">{copy.chosen}</h3>
      <ul className="flex flex-wrap gap-2">
        {selected.map((code) => {
          const name = byCode.get(code)?.name ?? code;
          return (
            <li
              key={code}
              className="flex items-center gap-1 rounded-full bg-info-bg py-1 pr-1 pl-3 text-info-ink"
            >
              <input type="hidden" name="categories" value={code} />
              <span className="font-semibold">{name}</span>
              <button
                type="button"
                className="inline-flex size-11 items-center justify-center rounded-full text-xl"
                aria-label={fill(copy.remove, { name })}
                onClick={() => setSelected(selected.filter((chosen) => chosen !== code))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <label htmlFor="field-categories" className="block font-semibold">
        {copy.search}
      </label>
      <input
        ref={queryField}
        id="field-categories"
        type="search"
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-describedby={`${id}-hint${error ? " field-categories-error" : ""}`}
        aria-invalid={error ? true : undefined}
        className="block min-h-11 w-full rounded-md border-2 border-ink bg-white px-3 py-2 text-lg"
      />
      <div aria-live="polite">
        {words.length > 0 && results.length === 0 ? <p>{copy.noResults}</p> : null}
        {results.length > 0 ? (
          <ul className="divide-y divide-line-soft rounded-md border border-line-soft bg-white">
            {results.map((option) => (
              <li key={option.code}>
                <button
                  type="button"
                  className="flex min-h-11 w-full flex-col items-start px-3 py-2 text-left hover:bg-canvas"
                  aria-label={fill(copy.add, { name: option.name })}
                  onClick={() => {
                    setSelected([...selected, option.code]);
                    setQuery("");
                  }}
                >
                  <span className="font-semibold">{option.name}</span>
                  {option.group ? <span className="text-sm text-muted">{option.group}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </fieldset>
  );
}
