"use client";
// The categories of a request: those its words name appear as the buyer types (the ones publishing would use are
// ticked), and any can be unticked or another one found by name. Without JavaScript only the ticked ones and the
// search field show; publishing with none ticked lets the API read them from the words.
import { useEffect, useRef, useState } from "react";
import {
  type CategoryChoice,
  findCategories,
  type InferredCategory,
  inferCategoriesFor,
} from "../../app/actions/request-actions";
import { fill, plural } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { controlClass } from "../forms/field";
import { useTypedBeforeHydration } from "../forms/use-typed-before-hydration";
import { Button } from "../ui/button";

export function CategoryPicker({
  locale,
  messages,
  title,
  description,
  initial,
  error,
}: {
  locale: Locale;
  messages: Messages;
  title: string;
  description: string;
  /** The categories already chosen (an edited or copied request), with their names. */
  initial: CategoryChoice[];
  error?: string | undefined;
}) {
  const copy = messages.requests.form;
  const [known, setKnown] = useState<Map<string, CategoryChoice>>(
    () => new Map(initial.map((c) => [c.code, c])),
  );
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(initial.map((c) => c.code)));
  // Codes the buyer ticked or unticked: inference never overrides them.
  const [touched, setTouched] = useState<Set<string>>(() => new Set(initial.map((c) => c.code)));
  const [inferred, setInferred] = useState<InferredCategory[]>([]);
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<CategoryChoice[]>([]);
  const queryField = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(queryField, setQuery);

  useEffect(() => {
    if (title.trim().length < 3 && description.trim().length < 3) return;
    let current = true;
    const timer = setTimeout(() => {
      inferCategoriesFor(title, description).then(
        (items) => {
          if (!current) return;
          setInferred(items);
          setKnown((before) => new Map([...before, ...items.map((c) => [c.code, c] as const)]));
          setChosen((before) => {
            const next = new Set([...before].filter((code) => touched.has(code)));
            for (const item of items) if (item.publishedWith && !touched.has(item.code)) next.add(item.code);
            return next;
          });
        },
        // A suggestion that could not be fetched leaves the list as it is: the next keystroke asks again, and
        // publishing with none ticked lets the API read the categories from the words.
        () => {},
      );
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [title, description, touched]);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      findCategories(query).then(
        (items) => {
          if (current) setFound(items);
        },
        () => {},
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const toggle = (code: string, on: boolean) => {
    setTouched((before) => new Set(before).add(code));
    setChosen((before) => {
      const next = new Set(before);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });
  };
  const add = (category: CategoryChoice) => {
    setKnown((before) => new Map(before).set(category.code, category));
    toggle(category.code, true);
    setQuery("");
  };

  const terms = new Map(inferred.map((c) => [c.code, c.terms]));
  const shown = [...new Set([...inferred.map((c) => c.code), ...chosen])];
  const name = (code: string) => {
    const category = known.get(code);
    return category ? (locale === "vi" ? category.nameVi : category.nameEn) : code;
  };
  return (
    <fieldset
      className={`space-y-2 ${error ? "border-l-4 border-critical-ink pl-3" : ""}`}
      aria-describedby="field-categories-hint"
    >
      <legend id="field-categories" className="text-lg font-semibold">
        {copy.categories}
      </legend>
      <p id="field-categories-hint" className="text-base text-muted">
        {copy.categoriesHint}
      </p>
      {error ? <p className="font-semibold text-critical-ink">{error}</p> : null}
      {shown.length === 0 ? <p className="text-base">{copy.categoriesNone}</p> : null}
      <ul className="space-y-1" aria-live="polite">
        {shown.map((code) => (
          <li key={code}>
            <label className="flex min-h-11 items-center gap-3 text-lg">
              <input
                type="checkbox"
                name="categories"
                value={code}
                checked={chosen.has(code)}
                onChange={(event) => toggle(code, event.target.checked)}
                className="size-6"
              />
              <span>
                {name(code)}
                {terms.get(code)?.length ? (
                  <span className="text-base text-muted">
                    {" "}
                    {fill(copy.categoriesFrom, { terms: terms.get(code)?.join(", ") ?? "" })}
                  </span>
                ) : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="space-y-1">
        <label htmlFor="field-categorySearch" className="block text-base font-semibold">
          {copy.categorySearch}
        </label>
        <input
          ref={queryField}
          id="field-categorySearch"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={copy.categorySearchHint}
          autoComplete="off"
          className={`${controlClass} max-w-md`}
        />
        <p className="sr-only" aria-live="polite">
          {query ? plural(locale, copy.categoryResults, found.length) : ""}
        </p>
        {query && found.length > 0 ? (
          <ul className="flex flex-wrap gap-2">
            {found
              .filter((c) => !chosen.has(c.code))
              .map((category) => (
                <li key={category.code}>
                  <Button type="button" variant="secondary" onClick={() => add(category)}>
                    {fill(copy.categoryAdd, { name: locale === "vi" ? category.nameVi : category.nameEn })}
                  </Button>
                </li>
              ))}
          </ul>
        ) : null}
      </div>
    </fieldset>
  );
}
