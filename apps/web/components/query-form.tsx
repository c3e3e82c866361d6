// A one-field GET search (`?q=`) laid out as the other fields: label, hint, then the box and its button side by
// side from sm up. Works without JavaScript, and the URL it makes can be shared or reloaded.
import { Button } from "./ui/button";

export function QueryForm({
  action,
  label,
  hint,
  submit,
  defaultValue,
  className = "mt-6",
}: {
  action: string;
  label: string;
  hint?: string | undefined;
  submit: string;
  defaultValue: string;
  className?: string;
}) {
  return (
    <form method="get" action={action} className={`${className} space-y-2`}>
      <label htmlFor="field-q" className="block text-lg font-semibold">
        {label}
      </label>
      {hint ? (
        <p id="field-q-hint" className="text-base text-muted">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="field-q"
          name="q"
          type="search"
          defaultValue={defaultValue}
          minLength={2}
          required
          aria-describedby={hint ? "field-q-hint" : undefined}
          className="block min-h-11 w-full rounded-md border-2 border-ink bg-white px-3 py-2 text-lg"
        />
        <Button type="submit">{submit}</Button>
      </div>
    </form>
  );
}
