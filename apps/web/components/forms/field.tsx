// One form field as GOV.UK lays it out: the label above, a hint, the error (in words, tied to the input with
// aria-describedby), then the input, keeping what was typed.
import type { ComponentPropsWithoutRef } from "react";
import { Input } from "../ui/input";
import { Label } from "../ui/label";

export interface FieldProps extends Omit<ComponentPropsWithoutRef<"input">, "id" | "name"> {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

export function Field({ name, label, hint, error, className = "", ...input }: FieldProps) {
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
      <Input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
    </div>
  );
}
