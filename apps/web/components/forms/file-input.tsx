// A file input laid out like the other fields: label, hint, the error in words, then the control (a big target
// for a thumb). `id` is given, so several forms on one page (one per search result) keep their ids apart.
import type { ComponentPropsWithoutRef } from "react";
import { Label } from "../ui/label";

export const fileInputClass =
  "block w-full text-lg file:mr-3 file:min-h-11 file:rounded-md file:border-2 file:border-ink file:bg-white file:px-4 file:font-semibold";

/** What company papers may be: the API checks the bytes; this only narrows the phone's file chooser. */
export const documentAccept = ".pdf,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp";

export function FileField({
  id,
  label,
  hint,
  error,
  ...input
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
} & Omit<ComponentPropsWithoutRef<"input">, "id" | "type">) {
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className={`space-y-1 ${error ? "border-l-4 border-critical-ink pl-3" : ""}`}>
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
      <input
        id={id}
        type="file"
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        className={fileInputClass}
        {...input}
      />
    </div>
  );
}
