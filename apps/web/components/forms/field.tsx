// One form field as GOV.UK lays it out: the label above, a hint, the error (in words, tied to the input with
// aria-describedby), then the input, keeping what was typed. `FieldFrame` is that layout around any control;
// `Field`, `TextAreaField` and `SelectField` are it around a text input, a text area and a select.
import type { ComponentProps, ComponentPropsWithoutRef, ReactNode } from "react";
import { Input } from "../ui/input";
import { Label } from "../ui/label";

export interface FieldFrameProps {
  name: string;
  /** The control's id when `field-{name}` would not be unique on the page (one form per search result). */
  id?: string | undefined;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string | undefined;
  /** The control, given the id and the ARIA attributes that tie it to the label, hint and error. */
  children: (control: {
    id: string;
    "aria-invalid": true | undefined;
    "aria-describedby": string | undefined;
  }) => ReactNode;
}

export function FieldFrame({
  name,
  id: givenId,
  label,
  hint,
  error,
  className = "",
  children,
}: FieldFrameProps) {
  const id = givenId ?? `field-${name}`;
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className={`space-y-1 ${error ? "border-l-4 border-critical-ink pl-3" : ""} ${className}`}>
      <Label htmlFor={id}>{label}</Label>
      {hint ? (
        <p id={`${id}-hint`} className="text-base text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-critical-ink">
          {error}
        </p>
      ) : null}
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": described || undefined })}
    </div>
  );
}

export interface FieldProps extends Omit<ComponentProps<"input">, "id" | "name"> {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

export function Field({ name, label, hint, error, className = "", ...input }: FieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => <Input name={name} {...control} {...input} />}
    </FieldFrame>
  );
}

/** The password of the person signed in (or signing in), which the browser's password manager may fill. */
export function CurrentPasswordField(props: Omit<FieldProps, "type" | "autoComplete" | "required">) {
  return <Field type="password" autoComplete="current-password" required {...props} />;
}

/** A password being chosen: the hint says what a good one is; the browser may offer to generate it. */
export function NewPasswordField(props: Omit<FieldProps, "type" | "autoComplete" | "required">) {
  return <Field type="password" autoComplete="new-password" required {...props} />;
}

/** The classes of a select or text area, matching the text input's. */
export const controlClass = "block min-h-11 w-full rounded-md border-2 border-ink bg-white px-3 py-2 text-lg";
const textAreaClass = "block w-full rounded-md border-2 border-ink bg-white px-3 py-2 text-lg";

type Common = { name: string; label: string; hint?: string | undefined; error?: string | undefined };

export function TextAreaField({
  name,
  label,
  hint,
  error,
  className,
  ...textarea
}: Common & Omit<ComponentPropsWithoutRef<"textarea">, "id" | "name">) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea name={name} rows={4} className={textAreaClass} {...control} {...textarea} />}
    </FieldFrame>
  );
}

export function SelectField({
  name,
  label,
  hint,
  error,
  className,
  options,
  ...select
}: Common &
  Omit<ComponentPropsWithoutRef<"select">, "id" | "name"> & {
    options: readonly { value: string; label: string }[];
  }) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select name={name} className={controlClass} {...control} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
