// A file input laid out like the other fields: label, hint, the error in words, then the control (a big target
// for a thumb). Give `id` where several forms on one page (one per search result) would otherwise share one.
import type { ComponentPropsWithoutRef } from "react";
import { FieldFrame } from "./field";

const fileInputClass =
  "block w-full text-lg file:mr-3 file:min-h-11 file:rounded-md file:border-2 file:border-ink file:bg-white file:px-4 file:font-semibold";

/** What company papers may be: the API checks the bytes; this only narrows the phone's file chooser. */
export const documentAccept = ".pdf,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp";

export function FileField({
  id,
  name,
  label,
  hint,
  error,
  ...input
}: {
  id?: string | undefined;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
} & Omit<ComponentPropsWithoutRef<"input">, "id" | "type" | "name">) {
  return (
    <FieldFrame id={id} name={name} label={label} hint={hint} error={error}>
      {(control) => <input type="file" name={name} className={fileInputClass} {...control} {...input} />}
    </FieldFrame>
  );
}
