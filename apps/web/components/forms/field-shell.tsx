// The parts of a field around its control (label above, hint, error in words), for the controls that are not a
// one-line input: a text area, a select. Same ids as `Field`, so the error summary links to the control.
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { Label } from "../ui/label";

interface ShellProps {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string;
  children: (control: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}

function FieldShell({ name, label, hint, error, className = "", children }: ShellProps) {
  const id = `field-${name}`;
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
      {children({
        id,
        ...(error ? { "aria-invalid": true as const } : {}),
        ...(described ? { "aria-describedby": described } : {}),
      })}
    </div>
  );
}

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
    <FieldShell name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea
          name={name}
          rows={4}
          className="block w-full rounded-md border-2 border-ink bg-white px-3 py-2 text-lg"
          {...control}
          {...textarea}
        />
      )}
    </FieldShell>
  );
}

/** A file picker, laid out like the other fields (label, hint, error in words). */
export function FileField({
  name,
  label,
  hint,
  error,
  className,
  ...input
}: Common & Omit<ComponentPropsWithoutRef<"input">, "id" | "name" | "type">) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input name={name} type="file" className="block min-h-11 w-full text-lg" {...control} {...input} />
      )}
    </FieldShell>
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
    <FieldShell name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select
          name={name}
          className="block min-h-11 w-full rounded-md border-2 border-ink bg-white px-3 py-2 text-lg"
          {...control}
          {...select}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
