// A form label (radix Label): above its field, in plain words, clickable to focus the field.
import { Label as LabelPrimitive } from "radix-ui";
import type { ComponentPropsWithoutRef } from "react";

export function Label({ className = "", ...props }: ComponentPropsWithoutRef<typeof LabelPrimitive.Root>) {
  return <LabelPrimitive.Root className={`block text-lg font-semibold ${className}`} {...props} />;
}
