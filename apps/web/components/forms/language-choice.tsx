// The language a person reads the product and its emails in: Vietnamese or English, each named in itself.
import type { Messages } from "../../lib/i18n/messages";

export function LanguageChoice({
  legend,
  chosen,
  messages,
}: {
  legend: string;
  /** The language shown as chosen: what was posted, or the page's. */
  chosen: string;
  messages: Messages;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-lg font-semibold">{legend}</legend>
      {(["vi", "en"] as const).map((value) => (
        <label key={value} className="flex min-h-11 items-center gap-3 text-lg">
          <input
            type="radio"
            name="language"
            value={value}
            defaultChecked={chosen === value}
            className="size-6"
          />
          <span lang={value}>{messages.languages[value]}</span>
        </label>
      ))}
    </fieldset>
  );
}
