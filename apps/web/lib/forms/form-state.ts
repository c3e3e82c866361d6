// What a form's server action hands back to the page: what was typed (so nothing is lost on a failed submit, with
// or without JavaScript), the errors by field in the page's language, and a message for the whole form.

export interface FormState {
  status: "idle" | "error" | "done";
  /** What the person typed, by field name; passwords are never sent back. */
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  /** A message about the whole form (an error, or what happened). */
  message?: string;
}

export const idleForm: FormState = { status: "idle", values: {}, fieldErrors: {} };

/** The typed values of a submitted form, without passwords and tokens. */
export function typedValues(form: FormData, keep: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of keep) {
    const value = form.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
