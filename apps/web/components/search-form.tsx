// A plain GET form to the search page: works without JavaScript, and the URL it makes can be shared.
import type { Locale } from "../lib/i18n/locales";
import type { Messages } from "../lib/i18n/messages";
import type { SearchState } from "../lib/search-params";
import { HiddenState } from "./filters/hidden-state";
import { Button } from "./ui/button";
import { Input } from "./ui/input";
import { Label } from "./ui/label";

export function SearchForm({
  locale,
  messages,
  defaultValue = "",
  headingLevel,
  keep,
}: {
  locale: Locale;
  messages: Messages;
  defaultValue?: string;
  /** When the label is the page's main question, it is also its heading. */
  headingLevel?: "h1";
  /** On the results page: new words keep the filters already chosen. */
  keep?: SearchState;
}) {
  const label = (
    <Label htmlFor="search-q" className={headingLevel ? "text-2xl font-bold sm:text-3xl" : ""}>
      {messages.search.label}
    </Label>
  );
  return (
    <search>
      <form action={`/${locale}/suppliers`} method="get" className="space-y-2">
        {headingLevel ? <h1>{label}</h1> : label}
        {keep ? <HiddenState state={keep} replaces={["q"]} /> : null}
        <p id="search-q-hint" className="text-muted">
          {messages.search.hint}
        </p>
        <div className="flex flex-col gap-2 sm:flex-row">
          <Input
            id="search-q"
            name="q"
            type="search"
            defaultValue={defaultValue}
            maxLength={200}
            aria-describedby="search-q-hint"
            autoComplete="off"
          />
          <Button type="submit" className="sm:shrink-0">
            {messages.search.submit}
          </Button>
        </div>
      </form>
    </search>
  );
}
