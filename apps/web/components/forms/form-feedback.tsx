// Above a form after a submit: the error summary (GOV.UK: a heading, then a link to each field that needs fixing)
// or the form-wide message, announced to screen readers.
import type { FormState } from "../../lib/forms/form-state";
import { fill } from "../../lib/i18n/fill";
import type { Messages } from "../../lib/i18n/messages";

export function FormFeedback({
  state,
  messages,
  labels,
}: {
  state: FormState;
  messages: Messages;
  /** Field name → its label, to name each field in the summary. */
  labels: Record<string, string>;
}) {
  const fields = Object.entries(state.fieldErrors);
  if (state.status === "done" && state.message) {
    return (
      <p role="status" className="rounded-md border-2 border-success-ink bg-success-bg p-3 font-semibold">
        {state.message}
      </p>
    );
  }
  if (state.status !== "error" || (fields.length === 0 && !state.message)) return null;
  const form = messages.account.form;
  return (
    <div role="alert" className="rounded-md border-4 border-critical-ink bg-white p-4" tabIndex={-1}>
      <h2 className="text-xl font-bold">
        {fields.length > 1 ? fill(form.errorSummary, { count: fields.length }) : form.errorSummaryOne}
      </h2>
      {state.message ? <p className="mt-2 text-lg">{state.message}</p> : null}
      {fields.length > 0 ? (
        <ul className="mt-2 list-disc pl-5">
          {fields.map(([name, error]) => (
            <li key={name}>
              <a href={`#field-${name}`} className="font-semibold text-critical-ink">
                {labels[name] ? `${labels[name]}: ` : ""}
                {error}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
